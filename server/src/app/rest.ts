import { CSRF_HEADER, type RestErrorBody } from '@chitieu/shared';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../modules/access/viewer';
import type { Services } from './context';
import { readCookie, SESSION_COOKIE } from './cookies';
import { appError, errors, isAppError } from '../core/errors';
import { log } from '../core/log';
import { isStorageError } from '../db/storage';

/**
 * Plain HTTP endpoints beside GraphQL (file upload and download), with the same session cookie
 * and the same error shape: `{ errors: [{ message, extensions: { code, messageVi, messageEn, requestId } }] }`.
 */

/** Writes need this header (the REST contract in shared). */
export { CSRF_HEADER };

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, PAYLOAD_TOO_LARGE: 413, UNSUPPORTED_MEDIA_TYPE: 415,
  STORAGE_FULL: 503, STORAGE_READ_ONLY: 503, STORAGE_UNAVAILABLE: 503,
};

export function requestIdOf(res: Response): string {
  return res.locals.requestId as string;
}

export async function restViewer(services: Services, req: Request): Promise<Viewer> {
  const viewer = await services.access.viewerByToken(readCookie(req, SESSION_COOKIE));
  if (!viewer) throw errors.unauthenticated();
  return viewer;
}

export function requireCsrfHeader(req: Request): void {
  if (!req.get(CSRF_HEADER)) {
    throw appError('BAD_USER_INPUT', `Thiếu tiêu đề ${CSRF_HEADER} (chống giả mạo yêu cầu).`, `The ${CSRF_HEADER} header is required (cross-site request protection).`);
  }
}

/** A user-facing error as JSON with its HTTP status; anything else is logged and shows only the request id. */
export function sendError(res: Response, error: unknown, extra: Record<string, unknown> = {}): void {
  const requestId = requestIdOf(res);
  if (isAppError(error)) {
    const code = String(error.extensions.code);
    if (isStorageError(error)) log.warn('write refused: storage', { requestId, path: res.req.path, code });
    const { http: _http, ...extensions } = error.extensions;
    const body: RestErrorBody = { errors: [{ message: error.message, extensions: { ...extensions, code, requestId } }] };
    res.status(STATUS[code] ?? 400).json({ ...extra, ...body });
    return;
  }
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : (error as Error);
  log.error('internal error', { requestId, path: res.req.path, error: original?.message, stack: original?.stack });
  const body: RestErrorBody = {
    errors: [{ message: `Lỗi hệ thống. Mã yêu cầu ${requestId}. / Internal error. Request id ${requestId}.`, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }],
  };
  res.status(500).json(body);
}

/** A query-string parameter as one string (never an array or an object). */
export function param(req: Request, name: string): string | null {
  const value = req.query[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}
