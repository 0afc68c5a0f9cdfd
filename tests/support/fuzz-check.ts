import { createHash } from 'node:crypto';
import { dbRows, dbTables, dbValue, type ServerDb } from './db';
import { ONE_MB, type Variant } from './fuzz-variants';

/**
 * What the fuzz test demands of every answer to a hostile request, and how it sees that nothing
 * was written. Pure checks over the HTTP answer; the database is read through tests/support/db.ts, on
either engine.
 */
export interface Answer {
  status: number;
  text: string;
  requestId: string | null;
  bytesSent: number;
}

/**
 * Codes a refusal may carry. BAD_USER_INPUT, FORBIDDEN and NOT_FOUND, the codes of bad input; CONFLICT too:
 * a hostile value can name something that exists (a duplicate in a list, a taken number), which the
 * server rightly answers as a conflict, still writing nothing. UNAUTHENTICATED only for login, whose
 * wrong credentials are exactly that. GRAPHQL_VALIDATION_FAILED and BAD_REQUEST never: every variant
 * is a well-formed document with well-formed JSON, so either would mean the fuzzer, not the input, is wrong.
 */
export function allowedCodes(mutation: string): Set<string> {
  const codes = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);
  if (mutation === 'login') codes.add('UNAUTHENTICATED');
  return codes;
}

/**
 * Leaks: SQL, SQLite's and PostgreSQL's own words, stack frames, file paths, Node internals and JS error names.
 * Checked after the hostile value itself is cut out of the answer (echoing "'; DROP TABLE unit; --"
 * back in "No unit has the code …" is not a leak).
 */
const LEAKS: Array<[string, RegExp]> = [
  ['SQL', /\b(SELECT|INSERT INTO|DELETE FROM|CREATE TABLE|WHERE \w+ =)\b|\bUPDATE \w+ SET\b/],
  ['SQLite', /sqlite|SQLITE_|no such (table|column)|constraint failed/i],
  [
    'PostgreSQL',
    /postgres|violates [\w -]+ constraint|duplicate key value|syntax error at or near|invalid input syntax|(relation|column) "[^"]*" does not exist|out of range for type|could not serialize|deadlock detected/i,
  ],
  ['stack', /\n\s+at |\s{4}at [\w.<[]|stacktrace/],
  ['path', /\/work\/|\/server\/|\/src\/|\/dist\/|node_modules|\.[tj]s:\d+/],
  [
    'Node internals',
    /node:internal|TypeError|RangeError|ReferenceError|SyntaxError|Cannot read propert|is not a function|undefined is not|\[object Object\]/,
  ],
];

function withoutHostile(text: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) return text;
  const escaped = JSON.stringify(value).slice(1, -1);
  // Messages may quote the start of a long value (80 characters): cut that too.
  return [escaped, JSON.stringify(value.slice(0, 80)).slice(1, -1)].reduce(
    (t, piece) => t.split(piece).join('…'),
    text,
  );
}

/** Problems with the answer to a request that must be refused; empty when it was refused properly. */
export function refusalProblems(variant: Variant, answer: Answer): string[] {
  const problems: string[] = [];
  if (!answer.requestId) problems.push('no X-Request-Id header');
  let body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  try {
    body = JSON.parse(answer.text) as typeof body;
  } catch {
    return [...problems, `HTTP ${answer.status}, not JSON: ${answer.text.slice(0, 200)}`];
  }
  const errors = body.errors ?? [];
  const codes = errors.map((e) => String(e.extensions?.code));
  if (answer.bytesSent > ONE_MB) {
    if (answer.status !== 413) problems.push(`a ${answer.bytesSent}-byte body got HTTP ${answer.status}, not 413`);
  } else {
    const allowed = allowedCodes(variant.mutation);
    if (errors.length === 0) problems.push(`accepted: ${answer.text.slice(0, 200)}`);
    for (const code of codes) if (!allowed.has(code)) problems.push(`code ${code}`);
    if (body.data && body.data[variant.mutation] != null) problems.push('data with the errors');
    const statusOk =
      answer.status === 200 ||
      (answer.status === 400 && codes.every((c) => c === 'BAD_USER_INPUT')) ||
      (answer.status === 403 && codes.every((c) => c === 'FORBIDDEN'));
    if (!statusOk) problems.push(`HTTP ${answer.status} with ${codes.join(',')}`);
  }
  for (const error of errors) {
    const ext = error.extensions ?? {};
    if (ext.requestId !== answer.requestId) problems.push('error without the request id of the answer');
    if (typeof ext.messageVi === 'string' && typeof ext.messageEn === 'string') {
      // A Date the scalar refuses comes wrapped by graphql-js: "Variable "$input" got invalid value …; vi / en".
      if (!error.message.endsWith(`${ext.messageVi} / ${ext.messageEn}`))
        problems.push(`message is not "vi / en": ${error.message.slice(0, 200)}`);
    } else if (!(answer.status === 413 && / \/ /.test(error.message))) {
      // Only the HTTP layer's 413 says "vi / en" without the halves in extensions.
      problems.push(`message not bilingual: ${error.message.slice(0, 200)}`);
    }
  }
  const text = withoutHostile(answer.text, variant.value);
  for (const [what, pattern] of LEAKS) {
    const match = pattern.exec(text);
    if (match) problems.push(`leaks ${what}: …${text.slice(Math.max(0, match.index - 60), match.index + 60)}…`);
  }
  return problems;
}

/** Columns a request may change without writing anything a user asked for. */
const VOLATILE: Record<string, string[]> = { session: ['last_seen_at'] };
/** Tables a refused login writes by design: its failure is audited and counted for throttling. */
export const LOGIN_TABLES = ['login_attempt', 'login_lock', 'audit_event', 'sqlite_sequence'];

/**
 * The two big tables, summed in SQL instead of read row by row (seconds saved per snapshot): the
 * audit is append-only, so its count and last id move with any write; every tally report written
 * gets a new recorded_at, and any change of figures or reason moves the sums.
 */
const SUMMED: Record<string, string> = {
  audit_event: `SELECT COUNT(*) AS n, MAX(id) AS last_id FROM audit_event`,
  tally_report: `SELECT COUNT(*) AS n, COALESCE(SUM(collected), 0) AS c, COALESCE(SUM(activated), 0) AS a, MAX(recorded_at) AS latest, COALESCE(SUM(LENGTH(reason)), 0) AS r FROM tally_report`,
};

/**
 * A digest of every table's rows (volatile columns aside), by table, to say what changed. Rows
 * are digested in sorted order: PostgreSQL moves a row it updates (a session's last-seen time),
 * so the order it reads rows in says nothing.
 */
export async function snapshot(server: ServerDb, skip: readonly string[] = []): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [table, all] of await dbTables(server)) {
    if (skip.includes(table)) continue;
    const summed = SUMMED[table];
    if (summed) {
      out.set(table, JSON.stringify(await dbRows(server, summed)));
      continue;
    }
    const columns = all.filter((c) => !VOLATILE[table]?.includes(c));
    const rows = await dbRows(server, `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}"`);
    const lines = rows.map((row) => JSON.stringify(Object.values(row))).sort();
    out.set(table, createHash('sha1').update(lines.join('\n')).digest('hex'));
  }
  return out;
}

/** Tables whose digest differs. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((t) => before.get(t) !== after.get(t));
}

/** How many rows of table.column hold exactly this string (for JSON columns: hold it inside). */
export async function storedCount(
  server: ServerDb,
  table: string,
  column: string,
  value: string,
  json = false,
): Promise<number> {
  if (!json) return dbValue(server, `SELECT COUNT(*) AS n FROM "${table}" WHERE "${column}" = ?`, value);
  const deep = (node: unknown): boolean =>
    node === value || (typeof node === 'object' && node !== null && Object.values(node).some(deep));
  const texts = await dbRows<Record<string, string>>(server, `SELECT "${column}" AS v FROM "${table}"`);
  return texts.filter(({ v }) => deep(JSON.parse(v!))).length;
}
