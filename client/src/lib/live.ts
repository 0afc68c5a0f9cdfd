import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import type { ChangesSubscription as ChangeNotices } from '../gql/graphql';
import { ChangesSubscription } from './operations/changes';

export type ChangeNotice = ChangeNotices['changes'];

/** How the console learns of changes: not yet known, pushed over the socket, or polled. */
export type UpdateMode = 'connecting' | 'live' | 'polling';

/** The server's close codes for a socket without a session: 4403 at connect, 4401 when it ends. */
const SESSION_CLOSES: ReadonlySet<number> = new Set([4401, 4403]);
/** A graphql-ws ping every so often keeps proxies from dropping an idle socket... */
const KEEP_ALIVE_MS = 15_000;
/** ...and a socket whose pong does not come back within this is closed and reconnected. */
const PONG_TIMEOUT_MS = 5_000;
/** Reconnects wait 1 s, 2 s, 4 s... up to this (plus a random second, so consoles spread out). */
const MAX_RETRY_WAIT_MS = 30_000;

function isSessionClose(errorOrClose: unknown): boolean {
  return (
    typeof errorOrClose === 'object' &&
    errorOrClose !== null &&
    'code' in errorOrClose &&
    typeof errorOrClose.code === 'number' &&
    SESSION_CLOSES.has(errorOrClose.code)
  );
}

/** The same host's /graphql as a WebSocket address (wss behind https). */
function socketUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
}

export interface LiveChangesHandlers {
  notice(notice: ChangeNotice): void;
  mode(mode: UpdateMode): void;
  /** The socket is open again after a drop: notices may have been missed meanwhile. */
  reconnected(): void;
}

/**
 * Opens the console's one socket (graphql-ws over the browser's WebSocket, the session cookie
 * going along) and subscribes to the change notices. It reconnects with backoff for as long as it
 * is open, except when the server says the session is gone (4401, 4403): then it gives up and the
 * polling that resumes meets the lost session as every other request does. Returns what closes it.
 */
export function openLiveChanges(handlers: LiveChangesHandlers): () => void {
  let closed = false;
  let connections = 0;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const mode = (next: UpdateMode) => {
    if (!closed) handlers.mode(next);
  };
  const client = createClient({
    url: socketUrl(),
    keepAlive: KEEP_ALIVE_MS,
    retryAttempts: Infinity,
    retryWait: (retries) =>
      new Promise((resolve) =>
        setTimeout(resolve, Math.min(1_000 * 2 ** retries, MAX_RETRY_WAIT_MS) + Math.random() * 1_000),
      ),
    shouldRetry: (errorOrClose) => !isSessionClose(errorOrClose),
    on: {
      connected: () => {
        connections += 1;
        mode('live');
        if (connections > 1 && !closed) handlers.reconnected();
      },
      closed: () => {
        clearTimeout(pongTimer);
        mode('polling');
      },
      ping: (received) => {
        if (received) return;
        pongTimer = setTimeout(() => client.terminate(), PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
    },
  });
  const unsubscribe = client.subscribe<ChangeNotices>(
    { query: print(ChangesSubscription), operationName: 'Changes' },
    {
      next: ({ data }) => {
        if (data && !closed) handlers.notice(data.changes);
      },
      error: () => mode('polling'),
      complete: () => mode('polling'),
    },
  );
  return () => {
    closed = true;
    clearTimeout(pongTimer);
    unsubscribe();
    void client.dispose();
  };
}
