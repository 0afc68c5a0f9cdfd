import type Database from 'better-sqlite3';
import type { Queryable } from '../../db/sql';
import { BulkInsert } from './bulk-insert';

/**
 * A bulk load into one table, the same for both engines: rows are pushed value by value, and
 * `flush()` writes what was pushed since the last one. On SQLite each flush ends one transaction of
 * multi-row prepared INSERTs; on PostgreSQL the rows go as one array per column, many thousand rows
 * a statement (`INSERT … SELECT * FROM unnest(…)`), inside the seed's one transaction.
 */
export interface BulkTable {
  push(...values: unknown[]): void;
  flush(): Promise<void>;
  readonly rows: number;
}

export type ColumnType = 'integer' | 'text';

export interface BulkLoader {
  /**
   * A load into `table`: `fixed` columns take the same value on every row (a number or null,
   * written into the statement), then one value per row for each of `columns`, in order.
   */
  table(
    table: string,
    columns: ReadonlyArray<readonly [string, ColumnType]>,
    fixed?: Readonly<Record<string, number | null>>,
  ): BulkTable;
}

const literal = (value: number | null) => (value === null ? 'NULL' : String(Math.trunc(value)));

/** SQLite through its writer connection: no other statement runs while the seed loads. */
export function sqliteLoader(db: Database.Database): BulkLoader {
  return {
    table(table, columns, fixed = {}) {
      const names = [...Object.keys(fixed), ...columns.map(([name]) => name)];
      const tuple = `(${[...Object.values(fixed).map(literal), ...columns.map(() => '?')].join(', ')})`;
      const insert = new BulkInsert(db, `INSERT INTO ${table} (${names.join(', ')})`, tuple, columns.length);
      return {
        push(...values) {
          if (!db.inTransaction) db.exec('BEGIN');
          insert.push(...values);
        },
        async flush() {
          insert.flush();
          if (db.inTransaction) db.exec('COMMIT');
        },
        get rows() {
          return insert.rows;
        },
      };
    },
  };
}

/** Rows a statement on PostgreSQL: a few MB of parameters each. */
const PG_ROWS_PER_STATEMENT = 25_000;

/** PostgreSQL through the Db's open transaction (`q`). */
export function postgresLoader(q: Queryable): BulkLoader {
  return {
    table(table, columns, fixed = {}) {
      const names = [...Object.keys(fixed), ...columns.map(([name]) => name)];
      const arrays = columns.map(([, type]) => `CAST(? AS ${type}[])`).join(', ');
      const text = `INSERT INTO ${table} (${names.join(', ')}) SELECT ${[...Object.values(fixed).map(literal), 't.*'].join(', ')} FROM unnest(${arrays}) AS t`;
      const width = columns.length;
      let buffer: unknown[] = [];
      let rows = 0;
      return {
        push(...values) {
          for (const v of values) buffer.push(v);
        },
        async flush() {
          const pending = buffer;
          buffer = [];
          for (let from = 0; from < pending.length; from += PG_ROWS_PER_STATEMENT * width) {
            const to = Math.min(pending.length, from + PG_ROWS_PER_STATEMENT * width);
            const byColumn = columns.map(() => [] as unknown[]);
            for (let i = from; i < to; i += width) for (let c = 0; c < width; c++) byColumn[c]!.push(pending[i + c]);
            await q.run(text, ...byColumn);
            rows += (to - from) / width;
          }
        },
        get rows() {
          return rows;
        },
      };
    },
  };
}
