/** One error of a GraphQL response, as the server sends it. */
export interface ResponseError {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: Record<string, unknown>;
}

/** What a run gave back: the HTTP status, the body (or the text when it was not JSON), the time. */
export interface RunResult {
  status: number;
  durationMs: number;
  ranAt: string;
  data: unknown;
  errors: ResponseError[];
  /** The body when it was not a GraphQL response (a proxy's error page, a 413). */
  rawText?: string;
}

/** The server records operations sent with this header in the user's history. */
export const HISTORY_HEADER = 'x-chitieu-history';

export interface RunRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
  signal?: AbortSignal;
}

/**
 * Sends one operation from the query editor to /graphql with the session cookie, outside Apollo's
 * cache (results are the user's, not the console's). A query over a limit comes back as HTTP 400
 * with a GraphQL error body: that is a result to show, not a failure.
 */
export async function runQuery({ query, variables, operationName, signal }: RunRequest): Promise<RunResult> {
  const started = performance.now();
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', [HISTORY_HEADER]: '1' },
    body: JSON.stringify({ query, variables, ...(operationName ? { operationName } : {}) }),
    ...(signal ? { signal } : {}),
  });
  const text = await response.text();
  const durationMs = Math.round(performance.now() - started);
  const ranAt = new Date().toISOString();
  try {
    const body = JSON.parse(text) as { data?: unknown; errors?: ResponseError[] };
    if (typeof body === 'object' && body !== null && ('data' in body || 'errors' in body)) {
      return {
        status: response.status,
        durationMs,
        ranAt,
        data: body.data ?? null,
        errors: Array.isArray(body.errors) ? body.errors : [],
      };
    }
  } catch {
    // not JSON: shown as text below
  }
  return { status: response.status, durationMs, ranAt, data: null, errors: [], rawText: text.slice(0, 2000) };
}
