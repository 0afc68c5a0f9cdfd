import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { pgRows } from './pg';

/** Reads a running server's SQLite file from the test process (read-only; WAL lets both run). */
export function readDb<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export function scalar<T = number>(file: string, sql: string, ...params: unknown[]): T {
  return readDb(file, (db) => db.prepare(sql).pluck().get(...params) as T);
}

/** Where a test server keeps its data: its SQLite file, or its PostgreSQL database (api-pg). */
export interface ServerDb {
  dbFile: string;
  databaseUrl: string;
}

/**
 * The rows of one query on a running server's database, whichever engine it runs on: read-only
 * better-sqlite3 on its file, node-postgres on its database. Written once with `?` placeholders;
 * the SQL itself must be portable (aliases in snake_case: PostgreSQL folds them to lower case).
 */
export async function dbRows<T = Record<string, unknown>>(server: ServerDb, sql: string, ...params: unknown[]): Promise<T[]> {
  if (server.databaseUrl) return (await pgRows(server.databaseUrl, sql, params)) as T[];
  return readDb(server.dbFile, (db) => db.prepare(sql).all(...params) as T[]);
}

/** The first column of the first row of one query (undefined when there is none). */
export async function dbValue<T = number>(server: ServerDb, sql: string, ...params: unknown[]): Promise<T> {
  const [row] = await dbRows(server, sql, ...params);
  return (row ? Object.values(row)[0] : undefined) as T;
}

/**
 * Everything a write could leave behind: row counts and checksums of every table a mutation of
 * targets, tallies, campaigns or users touches (sessions' last-seen times aside), and the rows
 * whose text could change. Portable SQL, rows in a fixed order.
 */
const FINGERPRINT = [
  `SELECT COUNT(*) AS n FROM audit_event`,
  `SELECT COUNT(*) AS n, COALESCE(SUM(collected), 0) AS c, COALESCE(SUM(activated), 0) AS a FROM tally_report`,
  `SELECT campaign_id, unit_id, date, reason FROM tally_report WHERE reason IS NOT NULL ORDER BY campaign_id, unit_id, date`,
  `SELECT COUNT(*) AS n, COALESCE(SUM(collected * 7 + activated * 3 + hamlets_reported), 0) AS s FROM tally_rollup`,
  `SELECT COUNT(*) AS n, COALESCE(SUM(target * (unit_id % 97 + 1)), 0) AS s FROM target`,
  `SELECT COUNT(*) AS n, COALESCE(SUM(version), 0) AS s FROM target_version`,
  `SELECT COUNT(*) AS n FROM target_change`,
  `SELECT username, role, scope_unit_id, active, password_hash FROM app_user ORDER BY id`,
  `SELECT code, name, description, collected_label, activated_label, start_date, deadline FROM campaign ORDER BY id`,
  `SELECT COUNT(*) AS n, COUNT(revoked_at) AS r FROM session`,
];

const hash = (results: unknown[][]): string => createHash('sha256').update(JSON.stringify(results)).digest('hex');

/** Equal before and after means the request changed nothing (SQLite file, read at once). */
export function fingerprint(file: string): string {
  return hash(readDb(file, (db) => FINGERPRINT.map((q) => db.prepare(q).all())));
}

/** fingerprint() of a test server's database, on either engine. */
export async function dbFingerprint(server: ServerDb): Promise<string> {
  const results: unknown[][] = [];
  for (const q of FINGERPRINT) results.push(await dbRows(server, q));
  return hash(results);
}

const AUDIT_OF_REQUEST = `SELECT action, field FROM audit_event WHERE request_id = ? ORDER BY id`;
type AuditEvent = { action: string; field: string | null };

/** The audit events a request left, by its X-Request-Id. */
export function auditEventsOf(file: string, requestId: string): AuditEvent[] {
  return readDb(file, (db) => db.prepare(AUDIT_OF_REQUEST).all(requestId) as AuditEvent[]);
}

/** auditEventsOf() on a test server's database, on either engine. */
export function dbAuditEvents(server: ServerDb, requestId: string): Promise<AuditEvent[]> {
  return dbRows<AuditEvent>(server, AUDIT_OF_REQUEST, requestId);
}
