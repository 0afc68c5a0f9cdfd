import type { Db } from './sql';

/**
 * A few rows read on almost every request (campaigns, agencies), kept in memory where that is
 * safe. Only the Db knows when it is: on SQLite this process is the only writer, so rows read
 * while no transaction is open stay true until this process writes them (and then calls
 * invalidate). Rows read while a transaction is open are not kept: that transaction may change
 * them. A read that was overtaken by an invalidate is not kept either. Where several processes
 * write (PostgreSQL behind a load balancer) nothing is kept: every call reads.
 */
export class RowsCache<T> {
  private rows: T[] | null = null;
  /** The read in flight, shared by the callers that come while it runs. */
  private pending: Promise<T[]> | null = null;
  private generation = 0;

  constructor(
    private readonly db: Db,
    private readonly load: () => Promise<T[]>,
  ) {}

  async get(): Promise<T[]> {
    if (this.rows) return this.rows;
    if (!this.db.cacheable()) return this.load();
    if (this.pending) return this.pending;
    const generation = this.generation;
    const pending = this.load()
      .then((rows) => {
        if (generation === this.generation && this.db.cacheable()) this.rows = rows;
        return rows;
      })
      .finally(() => {
        if (this.pending === pending) this.pending = null;
      });
    this.pending = pending;
    return pending;
  }

  invalidate(): void {
    this.generation++;
    this.rows = null;
    this.pending = null;
  }
}
