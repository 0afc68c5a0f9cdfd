import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { applyPragmas } from '../../db/pragmas';
import { SqliteDb } from '../../db/sqlite-db';
import { StorageError, type StorageErrorKind } from '../../db/storage';
import { AuditService } from '../audit/audit.service';
import { UnitService } from '../units/unit.service';
import { StalePlan, writeImport, type ImportWriteJob } from './tally-import.write';
import { TallyService } from './tally.service';
import { ChangeFeed } from '../live/change-feed';

/** What the worker answers. */
export type ImportWriteResult =
  | { kind: 'saved'; saved: number; ms: number }
  | { kind: 'stale' }
  | { kind: 'storage'; storage: StorageErrorKind; message: string }
  | {
      kind: 'error';
      code: string | null;
      messageVi: string | null;
      messageEn: string | null;
      message: string;
      stack?: string;
      fields?: unknown;
    };

/**
 * The import's write on a connection of its own, in a worker thread: while its one transaction
 * runs (seconds, for a large file), the main thread keeps answering, and readers there see the
 * data as it was until the commit. Same pragmas as the main connection; same services.
 */
async function run(file: string, job: ImportWriteJob): Promise<ImportWriteResult> {
  const db = new Database(file);
  try {
    applyPragmas(db, 10_000);
    const sql = new SqliteDb(db, null);
    const units = new UnitService(sql);
    const audit = new AuditService(sql);
    const started = Date.now();
    // The main thread tells the open consoles once the import has committed: this feed has no listener.
    const { saved } = await writeImport(sql, new TallyService(sql, units, audit, new ChangeFeed()), audit, job);
    return { kind: 'saved', saved, ms: Date.now() - started };
  } catch (error) {
    if (error instanceof StalePlan) return { kind: 'stale' };
    if (error instanceof StorageError) return { kind: 'storage', storage: error.kind, message: error.message };
    const e = error as Error & { extensions?: Record<string, unknown> };
    const ext = e.extensions ?? {};
    return {
      kind: 'error',
      code: typeof ext.code === 'string' ? ext.code : null,
      messageVi: (ext.messageVi as string) ?? null,
      messageEn: (ext.messageEn as string) ?? null,
      message: e.message,
      stack: e.stack,
      fields: ext.fields,
    };
  } finally {
    db.close();
  }
}

/** The job comes in pieces (a day per message, then the rest), so that copying it never holds the main thread long. */
export type ImportWorkerMessage = { day: ImportWriteJob['days'][number] } | { run: Omit<ImportWriteJob, 'days'> };

const { file } = workerData as { file: string };
const days: ImportWriteJob['days'] = [];
parentPort!.on('message', (message: ImportWorkerMessage) => {
  if ('day' in message) days.push(message.day);
  else {
    void run(file, { ...message.run, days }).then((result) => {
      parentPort!.postMessage(result);
      parentPort!.close();
    });
  }
});
