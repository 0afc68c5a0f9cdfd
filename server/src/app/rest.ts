import type { RestErrorBody } from '@chitieu/shared';
import { GraphQLError } from 'graphql';
import { isAppError } from '../core/errors';
import { log } from '../core/log';
import { requestIdOf, type SendError } from '../core/rest';
import { isStorageError } from '../db/storage';
import { storageErrorOf, storageUserError } from './storage-errors';

/**
 * Plain HTTP endpoints beside GraphQL (file upload and download), with the same session cookie
 * and the same error shape: `{ errors: [{ message, extensions: { code, messageVi, messageEn, requestId } }] }`.
 */

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  STORAGE_FULL: 503,
  STORAGE_READ_ONLY: 503,
  STORAGE_UNAVAILABLE: 503,
};

/** A user-facing error as JSON with its HTTP status; anything else is logged and shows only the request id. */
export const sendError: SendError = (res, thrown, extra = {}) => {
  const requestId = requestIdOf(res);
  // The storage layer's refusals (a full disk, a read-only file) are answered as ours.
  const storage = storageErrorOf(thrown);
  const error = storage ? storageUserError(storage) : thrown;
  if (isAppError(error)) {
    const code = String(error.extensions.code);
    if (isStorageError(storage)) log.warn('write refused: storage', { requestId, path: res.req.path, code });
    const { http: _http, ...extensions } = error.extensions;
    const body: RestErrorBody = {
      errors: [{ message: error.message, extensions: { ...extensions, code, requestId } }],
    };
    res.status(STATUS[code] ?? 400).json({ ...extra, ...body });
    return;
  }
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : (error as Error);
  log.error('internal error', { requestId, path: res.req.path, error: original?.message, stack: original?.stack });
  const body: RestErrorBody = {
    errors: [
      {
        message: `Lỗi hệ thống. Mã yêu cầu ${requestId}. / Internal error. Request id ${requestId}.`,
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      },
    ],
  };
  res.status(500).json(body);
};
