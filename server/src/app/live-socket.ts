import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { getOperationAST, GraphQLError, parse, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { log } from '../core/log';
import type { Viewer } from '../modules/access/viewer';
import type { LiveContext } from '../modules/live/live.resolver';
import type { Services } from './context';
import { readCookie, SESSION_COOKIE } from '../modules/access/session-cookie';

export interface LiveSocketOptions {
  /** How often each open socket's session is checked again (ended, expired, idle, user deactivated). */
  recheckMs: number;
  /** How often the server pings each socket; one that has not answered the last ping is dropped. */
  heartbeatMs: number;
}

export const LIVE_SOCKET_DEFAULTS: LiveSocketOptions = { recheckMs: 10_000, heartbeatMs: 30_000 };

/** Close codes of graphql-ws and ours: 4401 the session ended (as graphql-ws's Unauthorized). */
const SESSION_ENDED = 4401;

/**
 * A browser sends cookies on a WebSocket to any site that asks: only the console's own origin may
 * open one (cross-site WebSocket hijacking). Clients without an Origin (not browsers) are let through
 * to the session check like any other.
 */
export function sameOrigin(req: Pick<IncomingMessage, 'headers'>): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  const host = req.headers['x-forwarded-host'] ?? req.headers.host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Subscriptions over WebSocket (graphql-ws) at /graphql on the server's own port, with the
 * session cookie: deny by default. A socket opens only with an open session, carries only
 * subscriptions (queries and mutations go over HTTP with their limits), and is closed when its
 * session ends.
 */
export function attachLiveSocket(
  server: Server,
  schema: GraphQLSchema,
  services: Services,
  options: LiveSocketOptions = LIVE_SOCKET_DEFAULTS,
) {
  const wss = new WebSocketServer({
    server,
    path: '/graphql',
    verifyClient: ({ req }, done) => (sameOrigin(req) ? done(true) : done(false, 403, 'Forbidden origin')),
  });
  const viewers = new Map<WebSocket, Viewer>();
  const alive = new WeakSet<WebSocket>();
  wss.on('connection', (socket) => {
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));
  });

  const cleanup = useServer<Record<string, unknown>, { viewer?: Viewer }>(
    {
      schema,
      onConnect: async (ctx) => {
        const viewer = await services.access.viewerByToken(readCookie(ctx.extra.request, SESSION_COOKIE));
        if (!viewer) return false;
        viewers.set(ctx.extra.socket, viewer);
        return true;
      },
      onClose: (ctx) => {
        viewers.delete(ctx.extra.socket);
      },
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const problems = validate(schema, document);
        if (problems.length > 0) return problems;
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
          return [
            new GraphQLError(
              'Qua WebSocket chỉ có subscription; truy vấn và thay đổi gửi qua HTTP. / Only subscriptions go over WebSocket; queries and mutations go over HTTP.',
              { extensions: { code: 'BAD_REQUEST' } },
            ),
          ];
        }
        return {
          schema,
          document,
          variableValues: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
        };
      },
      context: (ctx): LiveContext => ({
        services,
        viewer: viewers.get(ctx.extra.socket) ?? null,
        requestId: randomUUID(),
      }),
    },
    wss,
  );

  const recheck = setInterval(() => {
    const open = [...viewers];
    if (open.length === 0) return;
    services.access.openSessions(open.map(([, viewer]) => viewer.sessionId)).then(
      (stillOpen) => {
        for (const [socket, viewer] of open)
          if (!stillOpen.has(viewer.sessionId)) socket.close(SESSION_ENDED, 'Session ended');
      },
      (error: unknown) => log.error('live session check failed', { error: String(error) }),
    );
  }, options.recheckMs);
  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, options.heartbeatMs);
  recheck.unref();
  heartbeat.unref();

  return {
    /** Open sockets now. */
    get size(): number {
      return wss.clients.size;
    },
    async close(): Promise<void> {
      clearInterval(recheck);
      clearInterval(heartbeat);
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
