import { CSRF_HEADER } from '@chitieu/shared';
import type { Request, Response } from 'express';
import { appError } from './errors';

/**
 * What the plain HTTP endpoints beside GraphQL (file upload and download) share: the request id,
 * query-string parameters, the CSRF header. Errors are answered by the edge (app/rest.ts), in the
 * GraphQL error shape.
 */

/** Answers an error as JSON with its HTTP status (`extra` goes beside `errors` in the body). */
export type SendError = (res: Response, error: unknown, extra?: Record<string, unknown>) => void;

export function requestIdOf(res: Response): string {
  return res.locals.requestId as string;
}

export function requireCsrfHeader(req: Request): void {
  if (!req.get(CSRF_HEADER)) {
    throw appError(
      'BAD_USER_INPUT',
      `Thiếu tiêu đề ${CSRF_HEADER} (chống giả mạo yêu cầu).`,
      `The ${CSRF_HEADER} header is required (cross-site request protection).`,
    );
  }
}

/** A query-string parameter as one string (never an array or an object). */
export function param(req: Request, name: string): string | null {
  const value = req.query[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}
