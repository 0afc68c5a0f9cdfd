import { GraphQLError } from 'graphql';
import { appError, type ErrorCode } from '../core/errors';
import { StorageError, type StorageErrorKind } from '../db/storage';

/**
 * How the edge answers the storage layer's errors (db/storage.ts): officials see what happened and
 * that nothing was saved, never the SQLite message or the file's path.
 */
const ANSWERS: Record<StorageErrorKind, [code: ErrorCode, vi: string, en: string]> = {
  full: [
    'STORAGE_FULL',
    'Máy chủ hết dung lượng lưu trữ; không có gì được lưu. Hãy báo quản trị hệ thống rồi thử lại.',
    'The server is out of storage; nothing was saved. Tell the system administrator, then try again.',
  ],
  'read-only': [
    'STORAGE_READ_ONLY',
    'Cơ sở dữ liệu đang ở chế độ chỉ đọc; không có gì được lưu. Hãy báo quản trị hệ thống.',
    'The database is read-only; nothing was saved. Tell the system administrator.',
  ],
  'io-error': [
    'STORAGE_UNAVAILABLE',
    'Máy chủ không ghi được vào bộ lưu trữ; không có gì được lưu. Hãy thử lại sau.',
    'The server could not write to its storage; nothing was saved. Try again later.',
  ],
  busy: [
    'SERVER_BUSY',
    'Có nhiều lượt lưu cùng lúc vào cùng số liệu; không có gì được lưu. Hãy thử lại sau ít giây.',
    'Too many saves touched the same figures at once; nothing was saved. Try again in a few seconds.',
  ],
};

/** The StorageError an error is or wraps (GraphQL wraps what a resolver throws), or null. */
export function storageErrorOf(error: unknown): StorageError | null {
  if (error instanceof StorageError) return error;
  if (error instanceof GraphQLError && error.originalError instanceof StorageError) return error.originalError;
  return null;
}

/** The user's error for a storage error: its code, and the message in Vietnamese then English. */
export function storageUserError(error: StorageError): GraphQLError {
  const [code, vi, en] = ANSWERS[error.kind];
  return appError(code, vi, en);
}

/** An error as a user (or an operator at a terminal) is told it: a storage error's message for users, else its own. */
export function userMessage(error: unknown): string {
  const storage = storageErrorOf(error);
  if (storage) return storageUserError(storage).message;
  return error instanceof Error ? error.message : String(error);
}
