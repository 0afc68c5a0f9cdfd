import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { Db, Params, Queryable, RunResult } from './sql';
import { StorageError, StorageHealth } from './storage';

// COUNT(*) and SUM() answer bigint, AVG() numeric: numbers, as SQLite gives them (counts stay far below 2^53).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** The transaction an async context is in, on one client of the pool. */
interface Scope {
  client: pg.PoolClient;
  open: boolean;
  tail: Promise<void>;
  depth: number;
}

/**
 * One request's reads from one snapshot: a read-only REPEATABLE READ transaction on a client of
 * the pool, begun at the first read and ended with the request, so a province and its districts
 * read by two statements never show a save committed between them.
 */
class ReadSnapshot {
  enabled = false;
  private client: Promise<pg.PoolClient> | null = null;

  constructor(private readonly pool: pg.Pool) {}

  connection(): Promise<pg.PoolClient> {
    this.client ??= (async () => {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      } catch (error) {
        client.release(true);
        throw error;
      }
      return client;
    })();
    return this.client;
  }

  async end(): Promise<void> {
    const pending = this.client;
    this.client = null;
    this.enabled = false;
    const client = pending ? await pending.catch(() => null) : null;
    if (!client) return;
    try {
      await client.query('COMMIT');
      client.release();
    } catch {
      client.release(true);
    }
  }
}

/** SQLSTATEs after which a transaction is run again: serialization failure, deadlock. */
const RETRY = new Set(['40001', '40P01']);
const ATTEMPTS = 8;

/**
 * Statements a transaction makes again and again (a day's save, a target's split) are prepared once
 * per connection, by name, from their second use: PostgreSQL then neither parses nor (once it
 * settles on a generic plan) plans them each time. At most this many texts, so texts built for
 * one call each (an IN list of every length) cannot fill the server's memory.
 */
const PREPARED_TEXTS = 200;

/** A pause before running a transaction again: growing, and random so that the losers do not meet again. */
function backoff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** Math.min(attempt, 6)));
}

/**
 * The Db over PostgreSQL (node-postgres). Concurrency belongs to the database here: every `tx`
 * takes a client of the pool and runs at SERIALIZABLE isolation, so its result is the one some
 * serial order of the transactions would give — what SQLite's single writer gives — across any
 * number of server processes. Within one process transactions take turns (every day's save moves
 * the same province and district roll-up rows, so letting them race would only make them fail each
 * other); between processes, a transaction that loses a conflict (40001, or a deadlock) is run
 * again from the start after a short random pause, up to eight times, then refused with a
 * StorageError `busy` (nothing saved, try again: SERVER_BUSY at the edge); transaction bodies only touch the database and their own locals, so
 * running one again is safe. Statements outside a transaction run on any client of
 * the pool and see committed data only.
 *
 * The services' SQL is written for both engines with `?` placeholders and camelCase aliases
 * (`AS userId`); both are rewritten once per statement text: `?` to `$n`, and camelCase
 * identifiers quoted, which PostgreSQL would otherwise fold to lower case.
 */
export class PgDb implements Db {
  readonly dialect = 'postgres' as const;
  onStatement: ((text: string) => void) | null = null;
  readonly health = new StorageHealth();

  private readonly texts = new Map<string, string>();
  /** Names of the prepared statements, by their text; texts used once so far. */
  private readonly prepared = new Map<string, string>();
  private readonly usedOnce = new Set<string>();
  private readonly scope = new AsyncLocalStorage<Scope>();
  private readonly reads = new AsyncLocalStorage<ReadSnapshot>();
  /** The end of the queue of this process's transactions. */
  private txTail: Promise<void> = Promise.resolve();

  constructor(private readonly pool: pg.Pool) {}

  /** Several processes may write: nothing read may be kept in memory. */
  cacheable(): boolean {
    return false;
  }

  /** Other instances' commits are not known here: no answer is kept. */
  answersVersion(): null {
    return null;
  }

  /** The pool belongs to whoever opened it (TypeORM). */
  async close(): Promise<void> {}

  requestScope(done: (end: () => void) => void, next: () => void): void {
    const snapshot = new ReadSnapshot(this.pool);
    done(() => void snapshot.end());
    this.reads.run(snapshot, next);
  }

  readsFromOneSnapshot(): void {
    const snapshot = this.reads.getStore();
    if (snapshot) snapshot.enabled = true;
  }

  async endReadSnapshot(): Promise<void> {
    await this.reads.getStore()?.end();
  }

  /** Reads go to the open transaction, else to the request's snapshot once asked for, else to any client; writes never to a snapshot. */
  private async query<T>(text: string, params: Params, read: boolean): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
    this.onStatement?.(text);
    let translated = this.texts.get(text);
    if (translated === undefined) {
      translated = toPostgres(text);
      this.texts.set(text, translated);
    }
    const scope = this.scope.getStore();
    const values = params.map((p) => (p === undefined ? null : p));
    if (scope?.open) {
      const name = this.preparedName(translated);
      return scope.client.query<T & pg.QueryResultRow>(
        name === undefined ? translated : { name, text: translated },
        values,
      );
    }
    const snapshot = read ? this.reads.getStore() : undefined;
    if (snapshot?.enabled) return (await snapshot.connection()).query<T & pg.QueryResultRow>(translated, values);
    return this.pool.query<T & pg.QueryResultRow>(translated, values);
  }

  /** The name to prepare a transaction's statement under, once it is used a second time, while there is room. */
  private preparedName(text: string): string | undefined {
    const name = this.prepared.get(text);
    if (name !== undefined || this.prepared.size >= PREPARED_TEXTS) return name;
    if (!this.usedOnce.has(text)) {
      if (this.usedOnce.size >= 10 * PREPARED_TEXTS) this.usedOnce.clear();
      this.usedOnce.add(text);
      return undefined;
    }
    this.usedOnce.delete(text);
    const fresh = `chitieu_${this.prepared.size + 1}`;
    this.prepared.set(text, fresh);
    return fresh;
  }

  async all<T>(text: string, ...params: Params): Promise<T[]> {
    return (await this.query<T>(text, params, true)).rows;
  }

  async get<T>(text: string, ...params: Params): Promise<T | undefined> {
    return (await this.query<T>(text, params, true)).rows[0];
  }

  async run(text: string, ...params: Params): Promise<RunResult> {
    return { changes: (await this.query(text, params, false)).rowCount ?? 0 };
  }

  async insert(text: string, ...params: Params): Promise<number> {
    const row = (await this.query<{ id: number }>(`${text} RETURNING id`, params, false)).rows[0];
    return Number(row?.id);
  }

  async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    const outer = this.scope.getStore();
    if (outer?.open) return this.savepoint(outer, fn);
    const previous = this.txTail;
    let release!: () => void;
    this.txTail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      return await this.serializable(fn);
    } finally {
      release();
    }
  }

  /** One transaction at SERIALIZABLE, run again while it loses to another process's. */
  private async serializable<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      const scope: Scope = { client, open: true, tail: Promise.resolve(), depth: 0 };
      let broken = false;
      try {
        await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
        const result = await this.scope.run(scope, () => fn(this));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        const code = (error as { code?: unknown }).code;
        if (typeof code !== 'string' || !RETRY.has(code)) throw error;
        if (attempt >= ATTEMPTS) throw new StorageError('busy');
      } finally {
        scope.open = false;
        client.release(broken);
      }
      await backoff(attempt); // lost to another process's transaction: again, with the client given back
    }
  }

  private async savepoint<T>(outer: Scope, fn: (q: Queryable) => Promise<T>): Promise<T> {
    const previous = outer.tail;
    let done!: () => void;
    outer.tail = new Promise<void>((resolve) => (done = resolve));
    await previous;
    const inner: Scope = { client: outer.client, open: true, tail: Promise.resolve(), depth: outer.depth + 1 };
    const name = `sp${inner.depth}`;
    try {
      await outer.client.query(`SAVEPOINT ${name}`);
      const result = await this.scope.run(inner, () => fn(this));
      await outer.client.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await outer.client.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    } finally {
      inner.open = false;
      done();
    }
  }
}

/**
 * Rewrites a statement written for both engines into PostgreSQL's form: `?` placeholders become
 * `$1, $2, …` and camelCase identifiers (only aliases are camelCase; tables and columns are
 * snake_case) are quoted. String literals and quoted identifiers are left as they are.
 */
export function toPostgres(text: string): string {
  let out = '';
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      const end = closing(text, i, c);
      out += text.slice(i, end);
      i = end;
    } else if (c === '?') {
      out += `$${++n}`;
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))![0];
      out += /^[a-z][a-z0-9]*[A-Z]/.test(word) ? `"${word}"` : word;
      i += word.length;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The index just past the literal or quoted identifier that starts at `start` (a doubled quote stays inside). */
function closing(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}
