import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Held while a long write runs on a second connection (the CSV import's worker thread). SQLite
 * has one writer at a time: a write on the main connection during that time would wait inside
 * better-sqlite3's busy handler and stop the whole event loop. Writers ask the gate first and
 * wait asynchronously instead; readers never wait (WAL: they see the data as it was before the
 * import, then all of it at once).
 */
export class WriteGate {
  private holders = 0;
  private tail: Promise<void> = Promise.resolve();

  get busy(): boolean {
    return this.holders > 0;
  }

  /** Resolves when no long write is running or waiting to run. */
  async idle(): Promise<void> {
    while (this.holders > 0) await this.tail;
  }

  /** Runs `fn` holding the gate; holders run one after another, in the order they asked. */
  async hold<T>(fn: () => Promise<T>): Promise<T> {
    this.holders++;
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    try {
      await previous;
      return await fn();
    } finally {
      this.holders--;
      release();
    }
  }
}

/** GraphQL mutations wait (asynchronously) for the gate before they run. */
export function writeGatePlugin<C extends { services: { writeGate: WriteGate } }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation') await contextValue.services.writeGate.idle();
        },
      };
    },
  };
}
