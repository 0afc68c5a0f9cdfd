import type { MigrationInterface, QueryRunner } from 'typeorm';

/** As SQLite's TallySubmissions1700000000600: the first answer of a save that named a client id. */
export class PostgresTallySubmissions1700000000100 implements MigrationInterface {
  name = 'PostgresTallySubmissions1700000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE tally_submission (
      client_id TEXT COLLATE "C" PRIMARY KEY,
      user_id INTEGER NOT NULL,
      fingerprint TEXT NOT NULL,
      date TEXT COLLATE "C" NOT NULL,
      saved INTEGER NOT NULL,
      recorded_at TEXT NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tally_submission`);
  }
}
