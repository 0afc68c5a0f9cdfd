import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Login throttling state lives in the database, so it holds across restarts (and instances). */
export class LoginThrottle1700000000400 implements MigrationInterface {
  name = 'LoginThrottle1700000000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE login_attempt (
      username TEXT NOT NULL,
      address TEXT NOT NULL,
      failures INTEGER NOT NULL DEFAULT 0,
      last_failure_at INTEGER,
      last_success_at INTEGER,
      PRIMARY KEY (username, address)
    ) WITHOUT ROWID`);
    await q.query(`CREATE TABLE login_lock (
      username TEXT PRIMARY KEY,
      failures INTEGER NOT NULL,
      window_start INTEGER NOT NULL,
      locked_until INTEGER
    ) WITHOUT ROWID`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_lock`);
    await q.query(`DROP TABLE login_attempt`);
  }
}
