import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each save of a targets editor changed, by version, so that a save with a stale version can
 * be told exactly what changed since (the CONFLICT answer). A row belongs to the editor of
 * `parent_id` (the split of that unit over its children, and its own target).
 */
export class TargetChanges1700000000100 implements MigrationInterface {
  name = 'TargetChanges1700000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE target_change (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaign(id),
      parent_id INTEGER NOT NULL REFERENCES unit(id),
      version INTEGER NOT NULL,
      unit_id INTEGER NOT NULL REFERENCES unit(id),
      old_target INTEGER,
      new_target INTEGER NOT NULL,
      user_id INTEGER,
      username TEXT NOT NULL,
      at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX target_change_editor ON target_change(campaign_id, parent_id, version)`);
    // The audit view filters by user, newest first.
    await q.query(`CREATE INDEX audit_event_user ON audit_event(user_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_event_user`);
    await q.query(`DROP TABLE target_change`);
  }
}
