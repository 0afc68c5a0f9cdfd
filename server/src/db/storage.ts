import { GraphQLError } from 'graphql';
import { appError, type ErrorCode } from '../core/errors';
import { log } from '../core/log';

/**
 * When the database cannot take a write: the disk is full, the file or its volume is read-only,
 * or the disk failed. Officials see what happened and that nothing was saved; the SQLite message
 * and the file's path go only to the log.
 */
export type StorageTrouble = 'full' | 'read-only' | 'io-error';

const CODES: Record<StorageTrouble, ErrorCode> = { full: 'STORAGE_FULL', 'read-only': 'STORAGE_READ_ONLY', 'io-error': 'STORAGE_UNAVAILABLE' };

const MESSAGES: Record<StorageTrouble, [vi: string, en: string]> = {
  full: [
    'Máy chủ hết dung lượng lưu trữ; không có gì được lưu. Hãy báo quản trị hệ thống rồi thử lại.',
    'The server is out of storage; nothing was saved. Tell the system administrator, then try again.',
  ],
  'read-only': [
    'Cơ sở dữ liệu đang ở chế độ chỉ đọc; không có gì được lưu. Hãy báo quản trị hệ thống.',
    'The database is read-only; nothing was saved. Tell the system administrator.',
  ],
  'io-error': [
    'Máy chủ không ghi được vào bộ lưu trữ; không có gì được lưu. Hãy thử lại sau.',
    'The server could not write to its storage; nothing was saved. Try again later.',
  ],
};

/** The trouble behind an error from better-sqlite3 (its `code`: SQLITE_FULL, SQLITE_READONLY_…, SQLITE_IOERR_…), or null. */
export function storageTroubleOf(error: unknown): StorageTrouble | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL') return 'full';
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_')) return 'read-only';
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_')) return 'io-error';
  return null;
}

/** The trouble behind one of our storage error codes (as it comes back from the import's worker thread). */
export function storageTroubleOfCode(code: string | null): StorageTrouble | null {
  const found = Object.entries(CODES).find(([, c]) => c === code);
  return found ? (found[0] as StorageTrouble) : null;
}

/** Whether an error is one of storageError's (a write the database could not take). */
export function isStorageError(error: unknown): boolean {
  return error instanceof GraphQLError && storageTroubleOfCode(String(error.extensions.code)) !== null;
}

export function storageError(trouble: StorageTrouble): GraphQLError {
  const [vi, en] = MESSAGES[trouble];
  return appError(CODES[trouble], vi, en);
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

  /** A storage error becomes the user's error (and is noted); any other error is returned as it is. */
  translate(error: unknown): unknown {
    const trouble = storageTroubleOf(error);
    if (!trouble) return error;
    this.noteTrouble(trouble, (error as Error).message);
    return storageError(trouble);
  }
}
