import fs from 'node:fs';
import type { Request, Response } from 'express';
import type { Services } from './context';
import { log } from '../core/log';

/**
 * GET /healthz. "ok": reads and writes work. "degraded" (still 200: officials can read): the
 * last write failed because the disk is full or has failed, or the database file cannot be
 * written (read-only file or volume); it says "ok" again once a write succeeds. "error" (503):
 * the database cannot even be read.
 */
export function healthCheck(services: Services) {
  return async (_req: Request, res: Response): Promise<void> => {
    try {
      await services.sql.get('SELECT 1 FROM unit LIMIT 1');
    } catch (error) {
      log.error('health check failed', { error: (error as Error).message });
      res.status(503).json({ status: 'error', database: 'unavailable' });
      return;
    }
    const noted = services.sql.health.trouble;
    const { database: where } = services.config;
    const database = where.kind === 'sqlite' && !writable(where.file) ? 'read-only' : (noted?.trouble ?? 'ok');
    const since = noted && noted.trouble === database ? { since: noted.since } : {};
    res.json({
      status: database === 'ok' ? 'ok' : 'degraded',
      database,
      ...since,
      today: await services.clock.today(),
    });
  };
}

/** Whether this process may write the file: its permissions, and a volume mounted read-only. */
function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
