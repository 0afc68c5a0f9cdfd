import {
  childrenExportUrl,
  CSRF_HEADER,
  tallyImportUrl,
  type IsoDate,
  type Locale,
  type RestErrorBody,
  type TallyImportResult,
} from '@chitieu/shared';

/** What POST /api/import/tallies answers (the REST contract in shared). */
export type ImportResult = TallyImportResult;

/** A refusal of the CSV endpoints, in both languages; a refused real run carries its report. */
export class CsvApiError extends Error {
  constructor(
    readonly code: string,
    readonly messageVi: string,
    readonly messageEn: string,
    readonly result: ImportResult | null,
  ) {
    super(`${messageVi} / ${messageEn}`);
  }
}

/** Reads the error shape of the plain HTTP endpoints (the same as GraphQL's). */
export function csvErrorOf(status: number, body: unknown): CsvApiError {
  const first = (body as Partial<RestErrorBody> | null)?.errors?.[0];
  const extensions: Partial<RestErrorBody['errors'][number]['extensions']> = first?.extensions ?? {};
  const fallback = first?.message ?? `HTTP ${status}`;
  const result = body && typeof body === 'object' && 'summary' in body ? (body as ImportResult) : null;
  return new CsvApiError(
    extensions.code ?? `HTTP_${status}`,
    extensions.messageVi ?? fallback,
    extensions.messageEn ?? fallback,
    result,
  );
}

/** Sends a tally file for a dry run (nothing saved) or the real run (all rows or none). */
export async function importTallies(file: Blob, campaign: string, dryRun: boolean): Promise<ImportResult> {
  const response = await fetch(tallyImportUrl(campaign, dryRun), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'text/csv; charset=utf-8', [CSRF_HEADER]: '1' },
    body: file,
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw csvErrorOf(response.status, body);
  return body as ImportResult;
}

/** The address of the CSV of a unit's children as of a date (UTF-8 with BOM: opens in Excel). */
export function exportChildrenUrl(campaign: string, unit: string, asOf: IsoDate, language: Locale): string {
  return childrenExportUrl({ campaign, unit, asOf, lang: language });
}

/** Downloads the export through fetch, so a refusal becomes a message instead of a saved error page. */
export async function downloadCsv(url: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw csvErrorOf(response.status, await response.json().catch(() => null));
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'chitieu.csv';
  const href = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** The real run may go ahead: the dry run rejected nothing and would write something. */
export function canCommit(result: ImportResult | null): boolean {
  if (!result || !result.dryRun) return false;
  const { rejected, wouldCreate, wouldUpdate } = result.summary;
  return rejected === 0 && wouldCreate + wouldUpdate > 0;
}
