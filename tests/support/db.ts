import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

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

/**
 * Everything a write could leave behind, in one string: row counts and checksums of every table
 * a mutation of targets, tallies, campaigns or users touches (sessions' last-seen times aside).
 * Equal before and after means the request changed nothing.
 */
export function fingerprint(file: string): string {
  const queries = [
    `SELECT COUNT(*) FROM audit_event`,
    `SELECT COUNT(*) || ':' || COALESCE(SUM(collected), 0) || ':' || COALESCE(SUM(activated), 0) || ':' || COALESCE(group_concat(reason), '') FROM tally_report`,
    `SELECT COUNT(*) || ':' || COALESCE(SUM(collected * 7 + activated * 3 + hamlets_reported), 0) FROM tally_rollup`,
    `SELECT COUNT(*) || ':' || COALESCE(SUM(target * (unit_id % 97 + 1)), 0) FROM target`,
    `SELECT COUNT(*) || ':' || COALESCE(SUM(version), 0) FROM target_version`,
    `SELECT COUNT(*) FROM target_change`,
    `SELECT COUNT(*) || ':' || group_concat(username || role || scope_unit_id || active || password_hash) FROM app_user`,
    `SELECT COUNT(*) || ':' || group_concat(code || name || description || collected_label || activated_label || start_date || deadline) FROM campaign`,
    `SELECT COUNT(*) || ':' || COUNT(revoked_at) FROM session`,
  ];
  const text = readDb(file, (db) => queries.map((q) => String(db.prepare(q).pluck().get())).join('\n'));
  return createHash('sha256').update(text).digest('hex');
}

/** The audit events a request left, by its X-Request-Id. */
export function auditEventsOf(file: string, requestId: string): Array<{ action: string; field: string | null }> {
  return readDb(file, (db) => db.prepare(`SELECT action, field FROM audit_event WHERE request_id = ? ORDER BY id`).all(requestId) as Array<{ action: string; field: string | null }>);
}
