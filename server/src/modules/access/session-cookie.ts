import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import { errors } from '../../core/errors';
import { SESSION_ABSOLUTE_MS, type AccessService } from './access.service';
import type { Viewer } from './viewer';

export const SESSION_COOKIE = 'chitieu_session';

export function readCookie(req: Pick<IncomingMessage, 'headers'>, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** HttpOnly and SameSite=Lax always; Secure when the request came over HTTPS (directly or via a proxy). */
function options(req: Request) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/' };
}

export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie(SESSION_COOKIE, token, { ...options(req), maxAge: SESSION_ABSOLUTE_MS });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, options(req));
}

/** The viewer of a plain HTTP request (file upload and download), by the same session cookie; UNAUTHENTICATED without one. */
export async function restViewer(access: AccessService, req: Request): Promise<Viewer> {
  const viewer = await access.viewerByToken(readCookie(req, SESSION_COOKIE));
  if (!viewer) throw errors.unauthenticated();
  return viewer;
}
