import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** What a verified backup holds, to compare with the live database. */
export interface BackupReport {
  file: string;
  bytes: number;
  integrity: string;
  counts: Record<string, number>;
}

const COUNTED = ['unit', 'campaign', 'target', 'tally_report', 'tally_rollup', 'app_user', 'audit_event'];

/**
 * A consistent copy of a live database into `file` with VACUUM INTO: it reads one snapshot, so
 * writers in other processes go on (WAL) and the copy is compact. The target must not exist.
 */
export function snapshotInto(db: Database.Database, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (fs.existsSync(file)) throw new Error(`${file} exists already; a backup never overwrites a file.`);
  db.prepare('VACUUM INTO ?').run(file);
}

/** Opens a backup read-only and checks it: integrity_check must say ok; rows are counted. */
export function verifyBackup(file: string): BackupReport {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const tables = new Set(
      (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map(
        (t) => t.name,
      ),
    );
    const counts: Record<string, number> = {};
    for (const table of COUNTED) {
      if (tables.has(table))
        counts[table] = (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    }
    return { file, bytes: fs.statSync(file).size, integrity, counts };
  } finally {
    db.close();
  }
}

/**
 * Puts a verified backup in place of the database file: copied next to it, then renamed over it,
 * so a crash midway leaves either the old file or the new one. The server must be stopped.
 */
export function restoreBackup(backupFile: string, databaseFile: string): BackupReport {
  const report = verifyBackup(backupFile);
  if (report.integrity !== 'ok')
    throw new Error(`The backup ${backupFile} failed integrity_check: ${report.integrity}`);
  const staging = `${databaseFile}.restoring`;
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  fs.copyFileSync(backupFile, staging);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
  fs.renameSync(staging, databaseFile);
  return report;
}

/** Keeps the newest `keep` files named chitieu-*.sqlite in a folder; removes older ones. */
export function pruneBackups(dir: string, keep: number): string[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^chitieu-.*\.sqlite$/.test(f))
    .sort();
  const old = files.slice(0, Math.max(0, files.length - keep));
  for (const f of old) fs.rmSync(path.join(dir, f));
  return old;
}

/** chitieu-2026-11-28T16-10-05Z.sqlite: sorts by time, safe in every file system. */
export function backupFileName(now = new Date()): string {
  return `chitieu-${now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')}.sqlite`;
}
