import type { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS_BEFORE = `'PROVINCE','DISTRICT','COMMUNE','HAMLET'`;
const LEVELS_AFTER = `'COUNTRY','PROVINCE','DISTRICT','COMMUNE','HAMLET'`;

/** The unit table as it stands, with the levels its CHECK allows. */
function unitTable(name: string, levels: string): string {
  return `CREATE TABLE ${name} (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      type TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN (${levels})),
      parent_id INTEGER REFERENCES unit(id),
      path TEXT NOT NULL UNIQUE,
      search_name TEXT NOT NULL,
      synthetic INTEGER NOT NULL DEFAULT 0,
      population INTEGER,
      hamlet_count INTEGER NOT NULL DEFAULT 0
    )`;
}

/**
 * A national tree has one root above the 63 provinces: the COUNTRY level (Việt Nam). SQLite cannot
 * change a CHECK in place, so the unit table is rebuilt the way SQLite documents it ("making other
 * kinds of table schema changes"): foreign keys off outside any transaction, new table, copy, drop,
 * rename, indexes back, then a foreign-key check before committing. Ids are kept, so every row
 * that points at a unit still points at the same one.
 */
export class CountryLevel1700000000500 implements MigrationInterface {
  name = 'CountryLevel1700000000500';
  // PRAGMA foreign_keys is a no-op inside a transaction: this migration runs its own.
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await rebuildUnit(q, LEVELS_AFTER);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM unit WHERE level = 'COUNTRY' AND NOT EXISTS (SELECT 1 FROM unit c WHERE c.parent_id = unit.id)`,
    );
    await rebuildUnit(q, LEVELS_BEFORE);
  }
}

async function rebuildUnit(q: QueryRunner, levels: string): Promise<void> {
  await q.query(`PRAGMA foreign_keys = OFF`);
  try {
    await q.startTransaction();
    try {
      await q.query(unitTable('unit_rebuilt', levels));
      await q.query(
        `INSERT INTO unit_rebuilt SELECT id, code, name, type, level, parent_id, path, search_name, synthetic, population, hamlet_count FROM unit`,
      );
      await q.query(`DROP TABLE unit`);
      await q.query(`ALTER TABLE unit_rebuilt RENAME TO unit`);
      await q.query(`CREATE INDEX unit_parent ON unit(parent_id, code)`);
      await q.query(`CREATE INDEX unit_level ON unit(level, code)`);
      await q.query(`CREATE INDEX unit_level_path ON unit(level, path)`);
      const broken = (await q.query(`PRAGMA foreign_key_check`)) as unknown[];
      if (broken.length > 0) throw new Error(`unit rebuild: ${broken.length} foreign keys would break`);
      await q.commitTransaction();
    } catch (error) {
      await q.rollbackTransaction();
      throw error;
    }
  } finally {
    await q.query(`PRAGMA foreign_keys = ON`);
  }
}
