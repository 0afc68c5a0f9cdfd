import { randomUUID } from 'node:crypto';
import { isWithin, noticeFor, type Change, type ChangeNotice } from '@chitieu/shared';
import { log } from '../../core/log';
import { decodeChange, encodeChange, type ChangeMessage } from './change-message';

/** At most this many notices wait for a slow console; past it the oldest go (a console refetches on the next). */
const MAX_WAITING = 100;

/**
 * How the changes of one process reach the others that share its database (PostgreSQL's
 * NOTIFY/LISTEN, db/pg-notify.ts); none on SQLite, where one process serves the database.
 */
export interface ChangeTransport {
  /** The longest message it carries, in bytes of UTF-8. */
  readonly maxBytes: number;
  /** Sends a message to every process listening, this one included; never throws (a failure is logged). */
  send(message: string): void;
  /** Hands over every message sent from now on; resolves once listening (or, if that failed, retrying meanwhile). */
  listen(deliver: (message: string) => void): Promise<void>;
  close(): Promise<void>;
}

/** A committed change as a subscriber receives it; `coarse` when its paths are ancestors of the units that changed. */
type Published = Pick<ChangeMessage, 'change' | 'coarse'>;

/**
 * What a viewer of `scopePath` is told of a coarse change: to refetch all it shows (units: null)
 * when the change may touch its scope, nothing otherwise.
 */
function coarseNotice({ kind, campaign, paths }: Change, scopePath: string): ChangeNotice | null {
  const meets = kind === 'OTHER' || paths.some((path) => isWithin(path, scopePath) || isWithin(scopePath, path));
  return meets ? { kind, campaign, units: null } : null;
}

/**
 * Committed changes, told to the open consoles (subscriptions). The services publish after their
 * transaction has committed; each subscriber gets only the notices of its viewer's scope
 * (noticeFor in shared), in order. With a transport, what this process publishes is sent to the
 * other processes on the same database too, and what they publish is told to this one's
 * subscribers.
 */
export class ChangeFeed {
  /** Each subscriber, given the notice of a scope for the change being told (one per scope, however many sockets share it). */
  private readonly listeners = new Set<(noticeAt: (scopePath: string) => ChangeNotice | null) => void>();
  /** Tells this process's own messages from the others' when they come back. */
  private readonly instance = randomUUID();

  constructor(private readonly transport: ChangeTransport | null = null) {}

  publish(change: Change): void {
    if (change.paths.length === 0 && change.kind !== 'OTHER') return;
    this.tell({ change, coarse: false });
    this.transport?.send(encodeChange(this.instance, change, this.transport.maxBytes));
  }

  /** Starts relaying the other processes' changes (nothing to do without a transport). */
  async start(): Promise<void> {
    await this.transport?.listen((message) => {
      const received = decodeChange(message);
      if (!received) log.warn('change message dropped: not one', { length: message.length });
      else if (received.from !== this.instance) this.tell(received);
    });
  }

  async close(): Promise<void> {
    await this.transport?.close();
  }

  private tell({ change, coarse }: Published): void {
    // Thousands of consoles of one province share a scope: its notice is worked out once.
    const byScope = new Map<string, ChangeNotice | null>();
    const noticeAt = (scopePath: string): ChangeNotice | null => {
      if (!byScope.has(scopePath))
        byScope.set(scopePath, coarse ? coarseNotice(change, scopePath) : noticeFor(change, scopePath));
      return byScope.get(scopePath)!;
    };
    for (const listener of this.listeners) {
      try {
        listener(noticeAt);
      } catch (error) {
        log.error('change listener failed', { error: String(error) });
      }
    }
  }

  /** How many consoles listen now. */
  get size(): number {
    return this.listeners.size;
  }

  /** The notices for one viewer's scope, as an async iterator that ends when the subscription does. */
  notices(scopePath: string): AsyncIterableIterator<ChangeNotice> {
    const waiting: ChangeNotice[] = [];
    let wake: ((result: IteratorResult<ChangeNotice>) => void) | null = null;
    let done = false;
    const listener = (noticeAt: (scopePath: string) => ChangeNotice | null) => {
      const notice = noticeAt(scopePath);
      if (!notice) return;
      if (wake) {
        const resolve = wake;
        wake = null;
        resolve({ value: notice, done: false });
      } else {
        waiting.push(notice);
        if (waiting.length > MAX_WAITING) waiting.shift();
      }
    };
    this.listeners.add(listener);
    const end = (): Promise<IteratorResult<ChangeNotice>> => {
      done = true;
      this.listeners.delete(listener);
      waiting.length = 0;
      wake?.({ value: undefined, done: true });
      wake = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (done) return Promise.resolve({ value: undefined, done: true });
        const notice = waiting.shift();
        if (notice) return Promise.resolve({ value: notice, done: false });
        return new Promise((resolve) => (wake = resolve));
      },
      return: end,
      throw: async (error: unknown) => {
        await end();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
