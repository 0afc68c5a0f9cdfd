import type { StorageHealth } from './storage';

export type Params = readonly unknown[];

/** What a write reports: how many rows it changed. */
export interface RunResult {
  changes: number;
}

/** Statements on one database: every call answers with a promise. */
export interface Queryable {
  all<T>(text: string, ...params: Params): Promise<T[]>;
  get<T>(text: string, ...params: Params): Promise<T | undefined>;
  run(text: string, ...params: Params): Promise<RunResult>;
  /** Runs an INSERT of one row into a table with an `id` key and answers the new id. */
  insert(text: string, ...params: Params): Promise<number>;
}

/**
 * The database the services talk to, whichever engine is behind it: SQLite (sqlite-db.ts) or
 * PostgreSQL (pg-db.ts). Statements are written once for both, with `?` placeholders; what
 * differs between the two is behind small functions here (idsJoin).
 *
 * `tx(fn)` runs fn as one transaction: it commits when fn's promise resolves and rolls back when
 * it rejects. Every statement made while fn runs — through the `q` it is given or through this
 * same Db, in the services fn calls, across awaits — belongs to that transaction (the Db follows
 * the async context), so services need not pass a transaction handle around. A `tx` inside
 * another becomes a savepoint of the outer one. Statements outside any `tx` see only committed
 * data, never another request's transaction in flight.
 */
export interface Db extends Queryable {
  readonly dialect: 'sqlite' | 'postgres';
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /**
   * Whether rows read now may be kept in process memory (RowsCache): true on SQLite while no
   * transaction is open or waiting in this process, the only writer.
   */
  cacheable(): boolean;
  /**
   * A token that moves with every committed write that may change an answer kept in this
   * process's memory (app/response-cache.plugin.ts), or null where none can be kept: SQLite knows
   * every commit (sqlite-db.ts); on PostgreSQL other instances write too.
   */
  answersVersion(): string | null;
  /** Writes that fail for lack of space (or a read-only file) mark this, and throw the user's error instead. */
  readonly health: StorageHealth;
  /** Closes what this Db opened itself (not the connection it was given). */
  close(): Promise<void>;
  /** Called with the text of every statement run (tests count them); off by default. */
  onStatement: ((text: string) => void) | null;
  /**
   * Runs `next` (one HTTP request) in a scope where `readsFromOneSnapshot()` makes every later
   * read outside a transaction see one snapshot of the data, until `done` fires. SQLite needs none
   * (no statement can come between a write's statements there); PostgreSQL opens one read-only
   * REPEATABLE READ transaction for the request's reads.
   */
  requestScope(done: (end: () => void) => void, next: () => void): void;
  /** Within requestScope: the reads that follow (the rest of a GraphQL query) share one snapshot. */
  readsFromOneSnapshot(): void;
  /** Within requestScope: the query has run; its snapshot (if any) is given back before the response's own writes. */
  endReadSnapshot(): Promise<void>;
}

/**
 * The start of a join driven by a list of ids passed as one JSON-array parameter
 * (`JSON.stringify(ids)`): a table `ids(value)`, then the join keyword, so the caller writes
 * `FROM ${idsJoin(db)} some_table s ON … s.unit_id = ids.value`. SQLite's CROSS JOIN keeps the
 * id list as the outer loop (one index seek per id). PostgreSQL gets an integer array: unnest
 * of a known array tells the planner how many ids there are, so it seeks per id too instead of
 * hashing the whole table (a JSON list would be guessed at 100 rows).
 */
export function idsJoin(db: Db): string {
  return db.dialect === 'postgres'
    ? `unnest(CAST(translate(?, '[]', '{}') AS integer[])) AS ids(value) JOIN`
    : `json_each(?) ids CROSS JOIN`;
}

/**
 * The same list of ids as a table `ids(value)` to start a FROM with, for a list that must stay the
 * outer loop of LEFT JOINs (every id answers, found or not).
 */
export function idsFrom(db: Db): string {
  return db.dialect === 'postgres'
    ? `unnest(CAST(translate(?, '[]', '{}') AS integer[])) AS ids(value)`
    : `json_each(?) ids`;
}

/** `count` rows of a VALUES list, each of these typed columns (typed, so PostgreSQL knows them in a WITH). */
export function typedRows(count: number, types: readonly string[]): string {
  const row = `(${types.map((t) => `CAST(? AS ${t})`).join(', ')})`;
  return Array.from({ length: count }, () => row).join(', ');
}

/** "?, ?, ?" for an IN list. SQLite allows 32,766 parameters; callers chunk long lists. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** Splits a list into chunks, for IN lists that must stay under the parameter limit. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
