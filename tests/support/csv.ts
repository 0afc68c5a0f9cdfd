import type { ApiClient } from './graphql';

export interface ImportAnswer {
  status: number;
  body: any;
}

/** POSTs a CSV file to the import endpoint the way the console does: the file as the body, the session cookie, the CSRF header. */
export async function importCsv(
  url: string,
  client: ApiClient | null,
  file: string | Buffer,
  query: string,
  headers: Record<string, string> = { 'x-chitieu-csrf': '1', 'content-type': 'text/csv; charset=utf-8' },
): Promise<ImportAnswer> {
  const res = await fetch(`${url}/api/import/tallies?${query}`, {
    method: 'POST',
    headers: { ...(client?.sessionCookie ? { cookie: client.sessionCookie } : {}), ...headers },
    body: typeof file === 'string' ? file : new Uint8Array(file),
  });
  return { status: res.status, body: await res.json() };
}

export async function exportCsv(
  url: string,
  client: ApiClient | null,
  query: string,
): Promise<{ status: number; type: string | null; disposition: string | null; bytes: Buffer }> {
  const res = await fetch(`${url}/api/export/children?${query}`, {
    headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {},
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}
