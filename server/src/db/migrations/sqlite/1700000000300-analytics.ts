import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The analysts' workbench: saved queries (private, or shared with the owner's scope unit and
 * everyone at or below it) with the seed's example library, each user's recent query history, and
 * an index for lists of one level of a subtree.
 */
export class Analytics1700000000300 implements MigrationInterface {
  name = 'Analytics1700000000300';

  async up(q: QueryRunner): Promise<void> {
    // owner_id NULL: the system's own (the example library). shared_unit_id: the unit a shared
    // query is shared with (its owner's scope when it was shared). example_key: a seed example's
    // stable name, so the seed can add its examples once.
    await q.query(`CREATE TABLE saved_query (
      id INTEGER PRIMARY KEY,
      owner_id INTEGER REFERENCES app_user(id),
      name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      query TEXT NOT NULL,
      variables TEXT,
      shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
      shared_unit_id INTEGER REFERENCES unit(id),
      example_key TEXT UNIQUE,
      search_text TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (shared = 0 OR shared_unit_id IS NOT NULL)
    )`);
    await q.query(`CREATE INDEX saved_query_owner ON saved_query(owner_id, id)`);
    await q.query(`CREATE INDEX saved_query_shared ON saved_query(shared_unit_id) WHERE shared = 1`);

    // What a user ran in the query editor, newest last; the service keeps the latest 200 per user.
    await q.query(`CREATE TABLE query_history (
      id INTEGER PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES app_user(id),
      ran_at TEXT NOT NULL,
      operation_name TEXT,
      query TEXT NOT NULL,
      variables TEXT,
      duration_ms REAL NOT NULL,
      error_count INTEGER NOT NULL
    )`);
    await q.query(`CREATE INDEX query_history_user ON query_history(user_id, id)`);

    // Rankings and reporting lists read one level of a subtree: (level, path) is that range.
    await q.query(`CREATE INDEX unit_level_path ON unit(level, path)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX unit_level_path`);
    await q.query(`DROP TABLE query_history`);
    await q.query(`DROP TABLE saved_query`);
  }
}
