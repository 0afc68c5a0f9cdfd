// The readers: one autocannon run per kind of read, all at once on many connections, each request
// a different user's session and unit in turn. Every answer is checked (HTTP status, GraphQL
// errors) and timed.
import { QUERIES } from './queries.mjs';

/**
 * How the connections are shared among the kinds of read. Each sends its next request as soon as
 * the last is answered (closed loop): the server is kept busy, and the latencies include the wait
 * behind the other connections. (autocannon's rate limits send each second's share in one burst
 * at the start of the second, which measures the burst, not the server.)
 */
const SHARES = { poll: 0.4, commune: 0.2, district: 0.15, province: 0.15, report: 0.1 };
const MAX_ITEMS = 5000;

function shuffle(items, seed = 7) {
  let s = seed;
  const random = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, MAX_ITEMS);
}

const within = (user, path) => path.startsWith(user.scopePath);

/**
 * Every (session, variables) pair each kind rotates over: officials read their own commune,
 * analysts the districts and provinces in their scope at dates across the campaign, and the
 * REPORT_BY tasks whose reporting unit is in their scope; everyone polls dataVersion.
 */
export function planReads(world, users, { campaign, dates }) {
  const analysts = users.filter((u) => u.role === 'ANALYST');
  const officials = users.filter((u) => u.role === 'OFFICIAL');
  const item = (user, kind, variables) => ({
    cookie: user.cookie,
    body: JSON.stringify({ query: QUERIES[kind], variables }),
  });
  const tops = world.root.level === 'COUNTRY' ? [world.root, ...world.provinces] : [world.root];
  const plan = {
    poll: users.map((u) => item(u, 'poll', {})),
    commune: officials.map((u) => item(u, 'commune', { code: u.commune.code, campaign })),
    district: analysts.flatMap((u) =>
      world.districts.filter((d) => within(u, d.path)).map((d) => item(u, 'district', { code: d.code, campaign })),
    ),
    province: analysts.flatMap((u) =>
      tops
        .filter((t) => within(u, t.path))
        .flatMap((t) => dates.map((asOf) => item(u, 'province', { code: t.code, campaign, asOf }))),
    ),
    report: analysts.flatMap((u) =>
      world.reportTasks
        .filter((t) => within(u, t.path))
        .flatMap((t) =>
          dates.map((asOf) => item(u, 'report', { directive: t.directive, issuer: t.issuer, task: t.task, asOf })),
        ),
    ),
  };
  return Object.fromEntries(
    Object.entries(plan)
      .filter(([, items]) => items.length > 0)
      .map(([kind, items]) => [kind, shuffle(items)]),
  );
}

/** The kind of failure of a raw answer, or null: only bodies that mention errors are parsed. */
function failureOfRaw(status, body) {
  if (status < 200 || status >= 300) return `HTTP ${status}`;
  if (!body.includes('"errors"') && body.includes('"data":{')) return null;
  try {
    const parsed = JSON.parse(body);
    return parsed.errors?.[0]?.extensions?.code ?? (parsed.data ? null : 'no data');
  } catch {
    return 'not JSON';
  }
}

/**
 * Runs every kind for `duration` seconds. `stats` gets each answer: stats.record(kind, ms, failure).
 * Resolves with autocannon's own summary per kind once all have stopped by themselves.
 */
export function runReaders(autocannon, { url, plan, duration, connections, stats }) {
  const kinds = Object.keys(plan);
  const share = kinds.reduce((sum, k) => sum + SHARES[k], 0);
  const runs = kinds.map((kind) => {
    const items = plan[kind];
    const conns = Math.max(1, Math.round((connections * SHARES[kind]) / share));
    let next = 0;
    return new Promise((resolve, reject) => {
      const instance = autocannon(
        {
          url: `${url}/graphql`,
          method: 'POST',
          connections: conns,
          duration,
          timeout: 30,
          headers: { 'content-type': 'application/json' },
          requests: [
            {
              setupRequest: (req) => {
                const it = items[next++ % items.length];
                return { ...req, body: it.body, headers: { ...req.headers, cookie: it.cookie } };
              },
              onResponse: (status, body, context) => {
                context.failure = failureOfRaw(status, body);
              },
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve({ kind, connections: conns, result })),
      );
      instance.on('response', (client, _status, _bytes, ms) =>
        stats.record(kind, ms, client.requestIterator.context.failure ?? null),
      );
      instance.on('reqError', (error) =>
        stats.record(kind, null, /timed out/.test(error.message) ? 'timeout' : 'connection error'),
      );
    });
  });
  return Promise.all(runs);
}
