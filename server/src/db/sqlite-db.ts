import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import { mayChangeAnswers } from './answer-writes';
import { applyReaderPragmas } from './pragmas';
import type { Db, Params, Queryable, RunResult } from './sql';
import { StorageHealth } from './storage';

/** The transaction an async context is in; `open` turns false at commit or rollback. */
interface Scope {
  open: boolean;
  /** Nested transactions of this one run one after another (savepoints do not interleave). */
  tail: Promise<void>;
  depth: number;
}

/**
 * The Db over better-sqlite3. better-sqlite3 is synchronous; the services are asynchronous so
 * that the same code runs on PostgreSQL. That opens gaps between the statements of one request
 * where another request's statements run, and this class keeps SQLite's guarantees across them:
 *
 * - One connection writes (`writer`), and transactions on it take turns: `tx` waits for an async
 *   lock, so no other request's statement can land inside an open transaction. A `run` outside
 *   any transaction takes the same lock (it would otherwise join whichever transaction is open).
 *   The lock is per process; SQLite has one writer anyway.
 * - Reads outside a transaction go to a second, read-only connection (`reader`). In WAL mode each
 *   of its statements sees the last committed state, never the writer's open transaction — a
 *   read must not see a write that may still roll back. Reads inside a transaction go to the
 *   writer, so a transaction sees its own writes.
 * - Which transaction a statement belongs to follows the async context (AsyncLocalStorage):
 *   a service called from inside `tx`, however many awaits deep, writes into that transaction.
 *   A promise left running after its transaction ended finds the scope closed and is treated as
 *   outside any transaction.
 * - A database with no second connection (":memory:", used by unit tests) reads on the writer,
 *   after waiting for the lock when a transaction is open.
 *
 * Every call still runs its statement synchronously on the connection; the promise only carries
 * the answer. A read costs one cached prepared statement and a resolved promise.
 *
 * `answersVersion()` moves with every commit that may change an answer: this process's writes
 * count unless they only touch bookkeeping (answer-writes.ts: a session's last-seen time, a
 * login), and any commit by another connection (the import's worker, a command-line tool, a
 * restore) moves the writer connection's data_version.
 */
export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  onStatement: ((text: string) => void) | null = null;
  readonly health = new StorageHealth();

  private readonly writerCache = new Map<string, Database.Statement>();
  private readonly readerCache = new Map<string, Database.Statement>();
  private readonly scope = new AsyncLocalStorage<Scope>();
  private lockTail: Promise<void> = Promise.resolve();
  private locked = 0;
  /** This process's commits that may change an answer. */
  private answerWrites = 0;
  /** Whether the open transaction wrote something that may change an answer. */
  private txChangesAnswers = false;
  private dataVersion: Database.Statement | null = null;

  constructor(
    readonly writer: Database.Database,
    private readonly reader: Database.Database | null = openReader(writer),
  ) {}

  cacheable(): boolean {
    return this.locked === 0;
  }

  answersVersion(): string {
    this.dataVersion ??= this.writer.prepare('PRAGMA data_version').pluck();
    return `${this.answerWrites}.${this.dataVersion.get() as number}`;
  }

  /** Closes the read-only connection (the writer belongs to whoever opened it). */
  async close(): Promise<void> {
    this.reader?.close();
  }

  private inTx(): boolean {
    return this.scope.getStore()?.open === true;
  }

  private statement(text: string, onWriter: boolean): Database.Statement {
    this.onStatement?.(text);
    const cache = onWriter ? this.writerCache : this.readerCache;
    let statement = cache.get(text);
    if (!statement) {
      statement = (onWriter ? this.writer : this.reader!).prepare(text);
      cache.set(text, statement);
    }
    return statement;
  }

  /** Runs a read: on the writer inside a transaction, else on the reader. */
  private async read<T>(use: (statement: Database.Statement) => T, text: string): Promise<T> {
    if (this.inTx()) return use(this.statement(text, true));
    if (this.reader) return use(this.statement(text, false));
    return this.exclusive(() => use(this.statement(text, true)));
  }

  async all<T>(text: string, ...params: Params): Promise<T[]> {
    return this.read((s) => s.all(...params) as T[], text);
  }

  async get<T>(text: string, ...params: Params): Promise<T | undefined> {
    return this.read((s) => s.get(...params) as T | undefined, text);
  }

  async run(text: string, ...params: Params): Promise<RunResult> {
    const go = (): RunResult =>
      this.write(() => ({ changes: this.statement(text, true).run(...params).changes }), mayChangeAnswers(text));
    return this.inTx() ? go() : this.exclusive(go);
  }

  async insert(text: string, ...params: Params): Promise<number> {
    const go = (): number =>
      this.write(() => Number(this.statement(text, true).run(...params).lastInsertRowid), mayChangeAnswers(text));
    return this.inTx() ? go() : this.exclusive(go);
  }

  /**
   * A write that cannot be stored (disk full, read-only, disk error) throws a StorageError; one that is
   * stored clears that mark. Once committed, a write that may change answers moves answersVersion.
   */
  private write<T>(step: () => T, changesAnswers: boolean): T {
    let out: T;
    try {
      out = step();
    } catch (error) {
      throw this.health.translate(error);
    }
    if (this.writer.inTransaction) {
      this.txChangesAnswers ||= changesAnswers;
    } else {
      this.health.noteWritten();
      if (changesAnswers) this.answerWrites++;
    }
    return out;
  }

  async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    const outer = this.scope.getStore();
    if (outer?.open) return this.savepoint(outer, fn);
    const release = await this.acquire();
    const scope: Scope = { open: true, tail: Promise.resolve(), depth: 0 };
    try {
      this.writer.exec('BEGIN');
      this.txChangesAnswers = false;
      const result = await this.scope.run(scope, () => fn(this));
      this.write(() => this.writer.exec('COMMIT'), this.txChangesAnswers);
      return result;
    } catch (error) {
      if (this.writer.inTransaction) this.writer.exec('ROLLBACK');
      throw this.health.translate(error);
    } finally {
      this.txChangesAnswers = false;
      scope.open = false;
      release();
    }
  }

  private async savepoint<T>(outer: Scope, fn: (q: Queryable) => Promise<T>): Promise<T> {
    const previous = outer.tail;
    let done!: () => void;
    outer.tail = new Promise<void>((resolve) => (done = resolve));
    await previous;
    const inner: Scope = { open: true, tail: Promise.resolve(), depth: outer.depth + 1 };
    const name = `sp${inner.depth}`;
    try {
      this.writer.exec(`SAVEPOINT ${name}`);
      const result = await this.scope.run(inner, () => fn(this));
      this.writer.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      this.writer.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
      throw error;
    } finally {
      inner.open = false;
      done();
    }
  }

  /** Reads already see committed data only, and a write's statements never interleave with others here. */
  requestScope(_done: (end: () => void) => void, next: () => void): void {
    next();
  }

  readsFromOneSnapshot(): void {}

  async endReadSnapshot(): Promise<void> {}

  /** Runs a synchronous step on the writer while no transaction is open (at once when none is). */
  private async exclusive<T>(step: () => T): Promise<T> {
    if (this.locked === 0) return step();
    const release = await this.acquire();
    try {
      return step();
    } finally {
      release();
    }
  }

  private async acquire(): Promise<() => void> {
    this.locked++;
    const previous = this.lockTail;
    let release!: () => void;
    this.lockTail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    return () => {
      this.locked--;
      release();
    };
  }
}

/** A read-only second connection to the same file, or null for an in-memory database. */
function openReader(writer: Database.Database): Database.Database | null {
  if (writer.memory || writer.name === '' || writer.name === ':memory:') return null;
  const reader = new Database(writer.name, { readonly: true, fileMustExist: true });
  applyReaderPragmas(reader);
  return reader;
}

/** The better-sqlite3 handle behind a Db, for SQLite's own bulk paths (the national seed); refuses any other Db. */
export function sqliteWriter(db: Db): Database.Database {
  if (!(db instanceof SqliteDb)) throw new Error('This needs an SQLite database (DATABASE_URL=sqlite:…).');
  return db.writer;
}
