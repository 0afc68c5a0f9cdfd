import type { Db, Queryable } from '../../db/sql';
import type { Progress } from './national-write';

/** The tables the migrations made, but the migrations' own record. */
async function tables(q: Queryable): Promise<string[]> {
  const rows = await q.all<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY table_name`,
  );
  return rows.map((r) => r.name);
}

/**
 * Empties every table and restarts its ids, within the caller's transaction: the schema and the
 * migrations' record stay. TRUNCATE fires no row trigger, so the append-only audit log empties too
 * (the whole database is being replaced, as --force replaces an SQLite file).
 */
export async function emptyPostgres(q: Queryable): Promise<void> {
  const names = await tables(q);
  if (names.length > 0)
    await q.run(`TRUNCATE ${names.map((n) => `"${n.replace(/"/g, '""')}"`).join(', ')} RESTART IDENTITY CASCADE`);
}

/** VACUUM (ANALYZE) of every table, one at a time (it cannot run in a transaction). */
export async function vacuumPostgres(db: Db, progress: Progress): Promise<void> {
  const names = await tables(db);
  for (const [i, name] of names.entries()) {
    await db.run(`VACUUM (ANALYZE) "${name.replace(/"/g, '""')}"`);
    progress(i + 1, names.length);
  }
}

/**
 * Runs `load` with the foreign keys of `tables` dropped, then adds them back as they were, within
 * the caller's transaction. Checked row by row, they made the load seven times slower (a trigger
 * and an index seek per report); added back, each is checked once over the whole table, so the
 * rows still cannot point at a unit or campaign that does not exist.
 */
export async function withoutForeignKeys<T>(
  q: Queryable,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const keys = await q.all<{ tableName: string; name: string; definition: string }>(
    `SELECT c.conrelid::regclass::text AS tableName, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
     FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = ANY(CAST(? AS regclass[])) ORDER BY c.conrelid::regclass::text, c.conname`,
    tables,
  );
  for (const k of keys) await q.run(`ALTER TABLE ${k.tableName} DROP CONSTRAINT "${k.name}"`);
  const result = await load();
  for (const k of keys) await q.run(`ALTER TABLE ${k.tableName} ADD CONSTRAINT "${k.name}" ${k.definition}`);
  return result;
}
