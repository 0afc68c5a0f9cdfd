import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first schema: the tree, campaigns, targets, tallies with their roll-ups, access, audit. */
export class Initial1700000000000 implements MigrationInterface {
  name = 'Initial1700000000000';

  async up(q: QueryRunner): Promise<void> {
    // The administrative tree. `path` is the chain of codes from the root ("/83/836/29119/"),
    // kept so that scope checks and subtree queries are one prefix comparison.
    await q.query(`CREATE TABLE unit (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      type TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('PROVINCE','DISTRICT','COMMUNE','HAMLET')),
      parent_id INTEGER REFERENCES unit(id),
      path TEXT NOT NULL UNIQUE,
      search_name TEXT NOT NULL,
      synthetic INTEGER NOT NULL DEFAULT 0,
      population INTEGER,
      hamlet_count INTEGER NOT NULL DEFAULT 0
    )`);
    await q.query(`CREATE INDEX unit_parent ON unit(parent_id, code)`);
    await q.query(`CREATE INDEX unit_level ON unit(level, code)`);

    await q.query(`CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);

    await q.query(`CREATE TABLE campaign (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      collected_label TEXT NOT NULL,
      activated_label TEXT NOT NULL,
      start_date TEXT NOT NULL,
      deadline TEXT NOT NULL,
      root_unit_id INTEGER NOT NULL REFERENCES unit(id),
      created_at TEXT NOT NULL
    )`);

    // One target per (campaign, unit); the root's target is the campaign's.
    await q.query(`CREATE TABLE target (
      campaign_id INTEGER NOT NULL REFERENCES campaign(id),
      unit_id INTEGER NOT NULL REFERENCES unit(id),
      target INTEGER NOT NULL CHECK (target >= 0),
      PRIMARY KEY (campaign_id, unit_id)
    ) WITHOUT ROWID`);
    // Optimistic concurrency for the split of a parent's target over its children.
    await q.query(`CREATE TABLE target_version (
      campaign_id INTEGER NOT NULL REFERENCES campaign(id),
      parent_id INTEGER NOT NULL REFERENCES unit(id),
      version INTEGER NOT NULL,
      PRIMARY KEY (campaign_id, parent_id)
    ) WITHOUT ROWID`);

    // What each hamlet reported, cumulative, per date. A second report for the same date replaces it.
    await q.query(`CREATE TABLE tally_report (
      campaign_id INTEGER NOT NULL REFERENCES campaign(id),
      unit_id INTEGER NOT NULL REFERENCES unit(id),
      date TEXT NOT NULL,
      collected INTEGER NOT NULL CHECK (collected >= 0),
      activated INTEGER NOT NULL CHECK (activated >= 0 AND activated <= collected),
      reason TEXT,
      user_id INTEGER,
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (campaign_id, unit_id, date)
    ) WITHOUT ROWID`);

    // Roll-ups: for every unit above the hamlets, its tally from each date on which it changed
    // (a step function). Kept current in the same transaction as the reports, so reading any unit
    // on any date is one index seek, never a scan of the hamlets below it.
    await q.query(`CREATE TABLE tally_rollup (
      campaign_id INTEGER NOT NULL REFERENCES campaign(id),
      unit_id INTEGER NOT NULL REFERENCES unit(id),
      date TEXT NOT NULL,
      collected INTEGER NOT NULL,
      activated INTEGER NOT NULL,
      hamlets_reported INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (campaign_id, unit_id, date)
    ) WITHOUT ROWID`);

    await q.query(`CREATE TABLE app_user (
      id INTEGER PRIMARY KEY,
      username TEXT NOT NULL UNIQUE,
      password_hash TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('ADMIN','OFFICIAL','ANALYST')),
      scope_unit_id INTEGER NOT NULL REFERENCES unit(id),
      active INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL
    )`);
    // Only the hash of a session token is stored.
    await q.query(`CREATE TABLE session (
      id INTEGER PRIMARY KEY,
      token_hash TEXT NOT NULL UNIQUE,
      user_id INTEGER NOT NULL REFERENCES app_user(id),
      created_at TEXT NOT NULL,
      last_seen_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      revoked_at TEXT
    )`);
    await q.query(`CREATE INDEX session_user ON session(user_id)`);

    // Append-only: who changed what, when, from what to what, and why.
    await q.query(`CREATE TABLE audit_event (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      user_id INTEGER,
      username TEXT NOT NULL,
      role TEXT,
      action TEXT NOT NULL,
      unit_id INTEGER REFERENCES unit(id),
      unit_path TEXT,
      campaign_id INTEGER REFERENCES campaign(id),
      field TEXT,
      old_value TEXT,
      new_value TEXT,
      reason TEXT,
      request_id TEXT
    )`);
    await q.query(`CREATE INDEX audit_event_path ON audit_event(unit_path, id)`);
    await q.query(`CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
      BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END`);
    await q.query(`CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
      BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_event',
      'session',
      'app_user',
      'tally_rollup',
      'tally_report',
      'target_version',
      'target',
      'campaign',
      'setting',
      'unit',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
