import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A save of recordTallies that named a client id (a queued save of the console, sent again after a
 * lost answer): the first answer is kept so a repeat gets it instead of saving twice.
 */
export class TallySubmissions1700000000600 implements MigrationInterface {
  name = 'TallySubmissions1700000000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE tally_submission (
      client_id TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL,
      fingerprint TEXT NOT NULL,
      date TEXT NOT NULL,
      saved INTEGER NOT NULL,
      recorded_at TEXT NOT NULL
    ) WITHOUT ROWID`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tally_submission`);
  }
}
