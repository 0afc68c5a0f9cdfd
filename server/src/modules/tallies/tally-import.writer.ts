import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { appError, type ErrorCode } from '../../core/errors';
import type { Db } from '../../db/sql';
import { StorageError, type StorageHealth } from '../../db/storage';
import type { WriteGate } from '../../db/write-gate';
import type { AuditService } from '../audit/audit.service';
import type { TallyService } from './tally.service';
import type { ImportWorkerMessage, ImportWriteResult } from './tally-import.worker';
import { StalePlan, writeImport, type ImportWriteJob } from './tally-import.write';

/** Writes a checked import; throws StalePlan when a tally changed since the plan. */
export interface ImportWriter {
  write(job: ImportWriteJob): Promise<{ saved: number; ms: number }>;
}

const USER_CODES = new Set<string>(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

/**
 * The server's writer: a worker thread with its own connection runs the one write transaction,
 * holding the write gate meanwhile (mutations wait for it asynchronously; readers do not wait).
 */
export class WorkerImportWriter implements ImportWriter {
  constructor(
    private readonly databaseFile: string,
    private readonly gate: WriteGate,
    /** The main connection's storage mark: the worker's disk-full (or its success) counts too. */
    private readonly health: StorageHealth | null = null,
    private readonly script = path.join(__dirname, 'tally-import.worker.js'),
  ) {}

  async write(job: ImportWriteJob): Promise<{ saved: number; ms: number }> {
    const result = await this.gate.hold(async () => {
      const worker = new Worker(this.script, { workerData: { file: this.databaseFile } });
      const answer = new Promise<ImportWriteResult>((resolve, reject) => {
        let answered = false;
        worker.once('message', (message: ImportWriteResult) => {
          answered = true;
          resolve(message);
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (!answered) reject(new Error(`import worker exited with ${code} before answering`));
        });
      });
      const { days, ...rest } = job;
      for (const day of days) {
        worker.postMessage({ day } satisfies ImportWorkerMessage);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      worker.postMessage({ run: rest } satisfies ImportWorkerMessage);
      return answer;
    });
    if (result.kind === 'saved') {
      this.health?.noteWritten();
      return { saved: result.saved, ms: result.ms };
    }
    if (result.kind === 'storage') {
      // The worker's connection hit the disk's wall: the main connection's mark says so too.
      if (result.storage !== 'busy') this.health?.noteTrouble(result.storage, "import write: see the worker's error");
      throw new StorageError(result.storage);
    }
    if (result.kind === 'stale') throw new StalePlan('stale plan');
    if (result.code && USER_CODES.has(result.code) && result.messageVi && result.messageEn) {
      throw appError(result.code as ErrorCode, result.messageVi, result.messageEn, result.fields as never);
    }
    const error = new Error(`import write failed: ${result.message}`);
    error.stack = result.stack;
    throw error;
  }
}

/** The same write on the caller's connection, in the caller's thread (tests, tools). */
export class InlineImportWriter implements ImportWriter {
  constructor(
    private readonly sql: Db,
    private readonly tallies: TallyService,
    private readonly audit: AuditService,
  ) {}

  async write(job: ImportWriteJob): Promise<{ saved: number; ms: number }> {
    const started = Date.now();
    return { ...(await writeImport(this.sql, this.tallies, this.audit, job)), ms: Date.now() - started };
  }
}
