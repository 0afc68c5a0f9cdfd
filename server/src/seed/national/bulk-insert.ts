import type Database from 'better-sqlite3';

/**
 * Multi-row INSERTs for a bulk load: rows are buffered and written ROWS at a time through one
 * prepared statement ("VALUES (?, ?), (?, ?), …"), the last partial batch through a statement of
 * its own size. Far fewer calls into SQLite than one statement per row.
 */
export class BulkInsert {
  private readonly buffer: unknown[] = [];
  private readonly statements = new Map<number, Database.Statement>();
  rows = 0;

  constructor(
    private readonly db: Database.Database,
    /** "INSERT INTO t (a, b)" */
    private readonly head: string,
    /** One row's VALUES tuple, e.g. "(?, ?, NULL)". */
    private readonly tuple: string,
    private readonly perRow: number,
    private readonly rowsPerStatement = 200,
  ) {}

  private statement(rows: number): Database.Statement {
    let s = this.statements.get(rows);
    if (!s) {
      s = this.db.prepare(`${this.head} VALUES ${Array.from({ length: rows }, () => this.tuple).join(', ')}`);
      this.statements.set(rows, s);
    }
    return s;
  }

  push(...values: unknown[]): void {
    for (const v of values) this.buffer.push(v);
    if (this.buffer.length === this.perRow * this.rowsPerStatement) this.write();
  }

  flush(): void {
    if (this.buffer.length > 0) this.write();
  }

  private write(): void {
    const rows = this.buffer.length / this.perRow;
    this.statement(rows).run(...this.buffer);
    this.rows += rows;
    this.buffer.length = 0;
  }
}
