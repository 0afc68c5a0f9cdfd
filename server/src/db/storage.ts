import { log } from '../core/log';

/**
 * When the database cannot take a write: the disk is full, the file or its volume is read-only,
 * or the disk failed. Nothing was saved; the SQLite message and the file's path go only to the log.
 */
export type StorageTrouble = 'full' | 'read-only' | 'io-error';

/** A storage trouble, or `busy`: too many saves touched the same rows at once (PostgreSQL, several instances), tried again and given up. */
export type StorageErrorKind = StorageTrouble | 'busy';

/**
 * The storage layer's own error: a write the database could not take, so nothing of it was
 * saved. The edge (app/storage-errors.ts) answers it to users with an error code and a message in
 * both languages; its own message is for operators (logs, command-line tools).
 */
export class StorageError extends Error {
  override readonly name = 'StorageError';

  constructor(
    readonly kind: StorageErrorKind,
    options?: { cause?: unknown },
  ) {
    super(`The database could not take the write (${kind}); nothing was saved.`, options);
  }
}

/** The trouble behind an error from better-sqlite3 (its `code`: SQLITE_FULL, SQLITE_READONLY_…, SQLITE_IOERR_…), or null. */
export function storageTroubleOf(error: unknown): StorageTrouble | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL') return 'full';
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_')) return 'read-only';
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_')) return 'io-error';
  return null;
}

/** Whether an error is a write refused for lack of storage (full, read-only, disk error; not `busy`). */
export function isStorageError(error: unknown): error is StorageError {
  return error instanceof StorageError && error.kind !== 'busy';
}

/**
 * What the server last learnt about its storage: a write that failed for lack of space (or a
 * read-only file, or a disk error) marks it; the next write that succeeds clears the mark. The
 * health check reports it, so an operator tells "disk full" from "database unavailable".
 */
export class StorageHealth {
  private current: { trouble: StorageTrouble; since: string } | null = null;

  get trouble(): { trouble: StorageTrouble; since: string } | null {
    return this.current;
  }

  noteTrouble(trouble: StorageTrouble, cause: string): void {
    if (this.current?.trouble !== trouble) {
      this.current = { trouble, since: new Date().toISOString() };
      log.error('storage trouble: writes fail', { trouble, error: cause });
    }
  }

  noteWritten(): void {
    if (this.current === null) return;
    log.info('storage recovered: a write succeeded', { trouble: this.current.trouble, since: this.current.since });
    this.current = null;
  }

  /** An SQLite storage failure becomes a StorageError (and is noted); any other error is returned as it is. */
  translate(error: unknown): unknown {
    const trouble = storageTroubleOf(error);
    if (!trouble) return error;
    this.noteTrouble(trouble, (error as Error).message);
    return new StorageError(trouble, { cause: error });
  }
}
