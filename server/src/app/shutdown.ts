import type { Server } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { log } from '../core/log';

/** How long a shutdown waits for requests in flight (a large CSV import's write) before it gives up. */
export const SHUTDOWN_GRACE_MS = 30_000;

/** Set once the server is shutting down. */
export interface Lifecycle {
  closing: boolean;
}

/**
 * A request that reaches the server after shutdown began (on a connection opened before) is
 * refused with 503 and the connection is closed; the load balancer or the console retries
 * against the next server.
 */
export function refuseWhenClosing(lifecycle: Lifecycle) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    if (!lifecycle.closing) return next();
    res.setHeader('Connection', 'close');
    res.setHeader('Retry-After', '5');
    res.status(503).json({
      errors: [
        {
          message: 'Máy chủ đang tắt; hãy thử lại sau giây lát. / The server is shutting down; try again in a moment.',
          extensions: {
            code: 'SHUTTING_DOWN',
            messageVi: 'Máy chủ đang tắt; hãy thử lại sau giây lát.',
            messageEn: 'The server is shutting down; try again in a moment.',
            requestId: res.locals.requestId as string,
          },
        },
      ],
    });
  };
}

/**
 * Stops accepting connections and waits for the requests in flight to be answered (each write is
 * one transaction, committed before its answer; a CSV import's worker finishes its transaction).
 * Connections are closed as soon as they fall idle. Resolves false if requests were still running
 * after `graceMs` (their connections are then cut; an unfinished write is rolled back, never half
 * done, and was never acknowledged).
 */
export async function drain(server: Server, lifecycle: Lifecycle, graceMs = SHUTDOWN_GRACE_MS): Promise<boolean> {
  lifecycle.closing = true;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
  try {
    const done = await Promise.race([closed.then(() => true as const), late]);
    if (!done) {
      log.error('shutdown: requests still running after the grace period; cutting them', { graceMs });
      server.closeAllConnections();
      await closed;
    }
    return done;
  } finally {
    clearInterval(sweep);
    clearTimeout(timer);
  }
}
