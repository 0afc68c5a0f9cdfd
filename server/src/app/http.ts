import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import { REST_BASE } from '@chitieu/shared';
import { createApiRouter } from './api';
import { createContext, type Context, type Services } from './context';
import { healthCheck } from './health';
import { log } from '../core/log';
import { securityHeaders } from './security-headers';
import { refuseWhenClosing, type Lifecycle } from './shutdown';

/** Bodies larger than this are refused with 413 before they are parsed. */
export const BODY_LIMIT = '1mb';

/** One process, one port: the GraphQL API, a health check, and the built console. */
export function createHttpApp(
  services: Services,
  apollo: ApolloServer<Context>,
  lifecycle: Lifecycle = { closing: false },
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);
  app.use((req, res, next) => {
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (process.env.CHITIEU_ACCESS_LOG === '1')
        log.info('request', { requestId, method: req.method, path: req.path, status: res.statusCode, ms });
    });
    next();
  });
  app.use(refuseWhenClosing(lifecycle));

  app.get('/healthz', healthCheck(services));

  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    // After the body is read (stream callbacks would lose the scope): one scope per request, in
    // which a query's reads can share one snapshot of the data (db/pg-db.ts; nothing on SQLite).
    (_req: express.Request, res: express.Response, next: express.NextFunction) =>
      services.sql.requestScope((end) => res.once('close', end), next),
    expressMiddleware(apollo, {
      context: ({ req, res }) => createContext(services, req, res),
    }),
  );

  app.use(REST_BASE, createApiRouter(services));
  serveConsole(app, services.config.clientDir);
  app.use(httpErrorHandler);
  return app;
}

/** Errors before GraphQL runs (a body too large, broken JSON): a short JSON answer, never a stack. */
function httpErrorHandler(
  err: { status?: number; type?: string; message?: string },
  _req: express.Request,
  res: express.Response,
  _next: express.NextFunction,
): void {
  const status = typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
  const requestId = res.locals.requestId as string;
  if (status === 500) log.error('http error', { requestId, error: err.message });
  const [vi, en] =
    status === 413
      ? ['Yêu cầu quá lớn.', 'Request body too large.']
      : status === 400
        ? ['Yêu cầu không đọc được (JSON lỗi).', 'The request body is not valid JSON.']
        : status === 500
          ? ['Lỗi hệ thống.', 'Internal error.']
          : ['Yêu cầu không hợp lệ.', 'Bad request.'];
  res.status(status).json({
    errors: [
      {
        message: `${vi} / ${en}`,
        extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', requestId },
      },
    ],
  });
}

/** The built console at "/", with its index.html for every other GET (client-side routes). */
function serveConsole(app: Express, clientDir: string): void {
  const index = path.join(clientDir, 'index.html');
  app.use(express.static(clientDir, { index: false, maxAge: '1h', setHeaders: noCacheForHtml }));
  // Client-side routes get index.html; asset-like paths (with a file extension) and the API do not.
  app.get(/^\/(?!graphql|healthz|api\/|assets\/)(?:[^.]*)$/, (_req, res) => {
    if (fs.existsSync(index)) {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    } else {
      res
        .status(404)
        .type('text/plain')
        .send('Giao diện chưa được build (pnpm --filter @chitieu/client build). / The console is not built yet.');
    }
  });
}

function noCacheForHtml(res: express.Response, filePath: string): void {
  if (filePath.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
