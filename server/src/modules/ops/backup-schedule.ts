import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { log } from '../../core/log';
import { backupFileName, pruneBackups, verifyBackup } from './backup';

export interface BackupSchedule {
  dir: string;
  everyHours: number;
  keep: number;
}

/**
 * Backs the live database up every few hours into `dir`, keeping the newest `keep` copies. Uses
 * SQLite's online backup API on the server's own connection: it copies in steps between requests,
 * and writes made meanwhile through this connection are carried into the copy.
 */
export function scheduleBackups(db: Database.Database, schedule: BackupSchedule): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    const file = path.join(schedule.dir, backupFileName());
    try {
      fs.mkdirSync(schedule.dir, { recursive: true });
      await db.backup(file);
      const report = verifyBackup(file);
      if (report.integrity !== 'ok') throw new Error(`integrity_check: ${report.integrity}`);
      const removed = pruneBackups(schedule.dir, schedule.keep);
      log.info('backup done', { file, bytes: report.bytes, removed: removed.length });
    } catch (error) {
      log.error('backup failed', { file, error: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), schedule.everyHours * 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
