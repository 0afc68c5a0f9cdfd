import type Database from 'better-sqlite3';
import { StorageHealth } from './storage';

type Params = readonly unknown[];

/**
 * Prepared statements over the raw better-sqlite3 handle, cached by their text. Used on the hot
 * paths (progress reads, tally and target writes), where TypeORM's per-call overhead would cost
 * more than the query itself. Everything here is synchronous: a `tx` callback runs as one SQLite
 * transaction that no other request can interleave with.
 */
export class Sql {
  private readonly cache = new Map<string, Database.Statement>();

  /** Called with the text of every statement run through this class (tests count them); off by default. */
  onStatement: ((text: string) => void) | null = null;

  /** Writes that fail for lack of space (or a read-only file) mark this, and throw the user's error instead. */
  readonly health = new StorageHealth();

  constructor(readonly db: Database.Database) {}

  private statement(text: string): Database.Statement {
    this.onStatement?.(text);
    let statement = this.cache.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.cache.set(text, statement);
    }
    return statement;
  }

  all<T>(text: string, ...params: Params): T[] {
    return this.statement(text).all(...params) as T[];
  }

  get<T>(text: string, ...params: Params): T | undefined {
    return this.statement(text).get(...params) as T | undefined;
  }

  run(text: string, ...params: Params): Database.RunResult {
    return this.write(() => this.statement(text).run(...params));
  }

  /** Runs fn in one transaction (a savepoint when nested); rolls back if it throws. */
  tx<T>(fn: () => T): T {
    return this.write(() => this.db.transaction(fn)());
  }

  /** A write that cannot be stored (disk full, read-only, disk error) throws STORAGE_…; one that is stored clears that mark. */
  private write<T>(fn: () => T): T {
    let out: T;
    try {
      out = fn();
    } catch (error) {
      throw this.health.translate(error);
    }
    if (!this.db.inTransaction) this.health.noteWritten();
    return out;
  }

  /** "?, ?, ?" for an IN list. SQLite allows 32,766 parameters; callers chunk long lists. */
  static placeholders(count: number): string {
    return Array.from({ length: count }, () => '?').join(', ');
  }
}

/** Splits a list into chunks, for IN lists that must stay under SQLite's parameter limit. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
