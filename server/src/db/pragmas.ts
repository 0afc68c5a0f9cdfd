import type Database from 'better-sqlite3';

/**
 * The settings of every connection to the database (the server's, the CSV import's worker):
 * WAL, synchronous=FULL (an acknowledged write survives a power cut), foreign keys, and how long
 * to wait for the other connection's write.
 *
 * Tests only (NODE_ENV=test): CHITIEU_TEST_MAX_PAGE_COUNT caps the file at that many pages, so a
 * test can bring the server to "disk full" without filling a disk (tests/api/storage-full.test.ts).
 */
export function applyPragmas(db: Database.Database, busyTimeoutMs: number): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  const maxPages = process.env.NODE_ENV === 'test' ? Number(process.env.CHITIEU_TEST_MAX_PAGE_COUNT ?? 0) : 0;
  if (Number.isInteger(maxPages) && maxPages > 0) db.pragma(`max_page_count = ${maxPages}`);
}

/** The settings of the read-only connection (sqlite-db.ts): the file's own settings are the writer's to make. */
export function applyReaderPragmas(db: Database.Database): void {
  db.pragma('busy_timeout = 5000');
}
