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
  return readDb(
    file,
    (db) =>
      db
        .prepare(sql)
        .pluck()
        .get(...params) as T,
  );
}

/** Where a test server keeps its data: its SQLite file, or its PostgreSQL database (api-pg, e2e-pg). */
export interface ServerDb {
  dbFile: string;
  databaseUrl: string;
}

/**
 * The rows of one query on a running server's database, whichever engine it runs on: read-only
 * better-sqlite3 on its file, node-postgres on its database. Written once with `?` placeholders;
 * the SQL itself must be portable (aliases in snake_case: PostgreSQL folds them to lower case).
 */
export async function dbRows<T = Record<string, unknown>>(
  server: ServerDb,
  sql: string,
  ...params: unknown[]
): Promise<T[]> {
  if (server.databaseUrl) return (await pgRows(server.databaseUrl, sql, params)) as T[];
  return readDb(server.dbFile, (db) => db.prepare(sql).all(...params) as T[]);
}

/** Every table of a test server's database (SQLite's own sqlite_* ones too) with its columns, in order. */
export async function dbTables(server: ServerDb): Promise<Map<string, string[]>> {
  const sql = server.databaseUrl
    ? `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
       WHERE c.table_schema = current_schema() ORDER BY c.table_name, c.ordinal_position`
    : `SELECT m.name AS table_name, p.name AS column_name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY m.name, p.cid`;
  const tables = new Map<string, string[]>();
  for (const { table_name: table, column_name: column } of await dbRows<{ table_name: string; column_name: string }>(
    server,
    sql,
  )) {
    tables.set(table, [...(tables.get(table) ?? []), column]);
  }
  return tables;
}

/**
 * A token that moves with every write committed to a test server's database: read it, do
 * something, read it again; the same token means nothing was committed in between (a moved one
 * may be a false alarm, so look at the data then). On SQLite, data_version on a connection held
 * open: it changes with every commit of another connection. On PostgreSQL, the position of the
 * write-ahead log, which any commit moves — other databases' commits on the same server too, as
 * the api-pg files run side by side; the server's own dataVersion does the same.
 */
export interface ChangeCounter {
  read(): Promise<string>;
  close(): void;
}

export function dbChangeCounter(server: ServerDb): ChangeCounter {
  if (server.databaseUrl) {
    return {
      read: async () => String(await dbValue<string>(server, `SELECT pg_current_wal_insert_lsn()::text AS lsn`)),
      close: () => {},
    };
  }
  const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
  return { read: () => Promise.resolve(String(db.pragma('data_version', { simple: true }))), close: () => db.close() };
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
