// A small GraphQL-over-HTTP client for the soak's setup and writers (fetch keeps connections alive).

/** One request; never throws for an HTTP or GraphQL error: the caller counts those. */
export async function gql(url, query, variables = {}, cookie = undefined) {
  const started = performance.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    const ms = performance.now() - started;
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {
      // counted below as an HTTP error
    }
    return { status: res.status, body, ms, setCookie: res.headers.getSetCookie() };
  } catch (error) {
    return {
      status: 0,
      body: null,
      ms: performance.now() - started,
      error: error.name === 'TimeoutError' ? 'timeout' : error.message,
    };
  }
}

/** The kind of failure of an answer, or null when it succeeded: "HTTP 500", "FORBIDDEN", "timeout"… */
export function failureOf({ status, body, error }) {
  if (error) return error === 'timeout' ? 'timeout' : 'connection error';
  if (status < 200 || status >= 300)
    return `HTTP ${status}${body?.errors?.[0]?.extensions?.code ? ` ${body.errors[0].extensions.code}` : ''}`;
  if (!body) return 'not JSON';
  if (body.errors?.length) return body.errors[0].extensions?.code ?? 'GraphQL error';
  if (!body.data) return 'no data';
  return null;
}

/** Throws unless the answer succeeded; for setup steps, where any failure stops the soak. */
export function must(answer, what) {
  const failure = failureOf(answer);
  if (failure)
    throw new Error(`${what}: ${failure} ${JSON.stringify(answer.body?.errors ?? answer.error ?? '').slice(0, 400)}`);
  return answer.body.data;
}

export function sessionCookie(answer) {
  const cookie = answer.setCookie.find((c) => c.startsWith('chitieu_session='));
  if (!cookie) throw new Error('login set no session cookie');
  return cookie.split(';')[0];
}

/** Runs fn over items, at most `limit` at a time, in order of the items. */
export async function eachLimited(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
