import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** The subscription a console opens, with every field of its notice. */
export const CHANGES = 'subscription { changes { kind campaign units } }';

export interface Notice {
  kind: string;
  campaign: string;
  units: string[] | null;
}

const opened: Client[] = [];

/** Closes every socket opened by socketOf (a file's afterAll). */
export async function closeSockets(): Promise<void> {
  for (const client of opened.splice(0)) await client.dispose();
}

/** A graphql-ws client over `ws` to the server at `url`, carrying a session cookie (and an Origin, as a browser would). */
export function socketOf(url: string, cookie: string | null, origin?: string) {
  const headers = { ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}) };
  class CookieSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const closed: number[] = [];
  const client = createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: CookieSocket,
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => closed.push((event as { code: number }).code) },
  });
  opened.push(client);
  return { client, closed };
}

/** Subscribes and collects the notices; resolves once the server has acknowledged the connection. */
export async function listen(url: string, cookie: string | null) {
  const { client, closed } = socketOf(url, cookie);
  const notices: Notice[] = [];
  const errors: unknown[] = [];
  let complete = false;
  await new Promise<void>((resolve) => {
    client.on('connected', () => resolve());
    client.on('closed', () => resolve());
    client.subscribe<{ changes: Notice }>(
      { query: CHANGES },
      {
        next: (r) => r.data && notices.push(r.data.changes),
        error: (e) => errors.push(e),
        complete: () => (complete = true),
      },
    );
  });
  return { notices, errors, closed, done: () => complete, client };
}

/** Whether `check` holds within `ms`, asked every 20 ms. */
export async function until(check: () => boolean, ms = 3000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return check();
}
