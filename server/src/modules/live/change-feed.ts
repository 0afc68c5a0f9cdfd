import { noticeFor, type Change, type ChangeNotice } from '@chitieu/shared';
import { log } from '../../core/log';

/** At most this many notices wait for a slow console; past it the oldest go (a console refetches on the next). */
const MAX_WAITING = 100;

/**
 * Committed changes, told to the open consoles (subscriptions) of this process. The services
 * publish after their transaction has committed; each subscriber gets only the notices of its
 * viewer's scope (noticeFor in shared), in order.
 */
export class ChangeFeed {
  private readonly listeners = new Set<(change: Change) => void>();

  publish(change: Change): void {
    if (change.paths.length === 0) return;
    for (const listener of this.listeners) {
      try {
        listener(change);
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
    const listener = (change: Change) => {
      const notice = noticeFor(change, scopePath);
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
