import pg from 'pg';
import { log } from '../core/log';

/** How the listening connection shows in pg_stat_activity. */
export const LISTENER_NAME = 'chitieu-changes';

/** Reconnection pauses of the listening connection: doubling from the first to the last, then the last again. */
const FIRST_PAUSE_MS = 250;
const LAST_PAUSE_MS = 30_000;
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * One PostgreSQL channel between the server processes that share a database (NOTIFY/LISTEN):
 * messages are sent through the pool (`pg_notify`, outside any transaction, so each goes out
 * at once, in the order sent), and received on a connection of its own (a LISTEN holds its
 * session, so not one of the pool's). When that connection drops it is opened again after a
 * growing pause; what was sent meanwhile is lost (notices are hints to refetch: a console
 * misses one, as it would across a reconnect of its socket).
 */
export class PgChannel {
  /** PostgreSQL refuses a payload of 8000 bytes or more. */
  readonly maxBytes = 7999;
  private client: pg.Client | null = null;
  private sending: Promise<void> = Promise.resolve();
  private retry: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    private readonly channel: string,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
  }

  send(message: string): void {
    this.sending = this.sending
      .then(() => this.pool.query('SELECT pg_notify($1, $2)', [this.channel, message]))
      .then(
        () => undefined,
        (error: unknown) => log.error('change not sent to the other instances', { error: String(error) }),
      );
  }

  /** Resolves after the first attempt to listen; if it failed, attempts go on in the background. */
  async listen(deliver: (message: string) => void): Promise<void> {
    await this.connect(deliver, FIRST_PAUSE_MS);
  }

  private async connect(deliver: (message: string) => void, pause: number): Promise<void> {
    if (this.closed) return;
    // An idle LISTEN connection sends nothing: TCP keep-alive finds one that died silently, and a
    // connect that hangs gives up, so a start or a reconnect never waits for ever.
    const client = new pg.Client({
      connectionString: this.url,
      application_name: LISTENER_NAME,
      keepAlive: true,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    let lost = false;
    let next = pause;
    const reconnect = (error: unknown) => {
      if (lost || this.closed) return;
      lost = true;
      this.client = null;
      client.removeAllListeners('notification');
      void client.end().catch(() => {});
      log.error('change listener connection failed or lost; reconnecting', { error: String(error), retryMs: next });
      this.retry = setTimeout(() => void this.connect(deliver, Math.min(next * 2, LAST_PAUSE_MS)), next);
    };
    client.on('error', reconnect);
    client.on('end', () => reconnect('connection ended'));
    client.on('notification', (notification) => {
      if (notification.channel === this.channel && notification.payload !== undefined) deliver(notification.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      reconnect(error);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    if (pause > FIRST_PAUSE_MS) log.info('change listener connection back');
    // Once listening again, the next drop starts over from the shortest pause.
    next = FIRST_PAUSE_MS;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.sending;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}
