import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Directives (văn bản chỉ đạo): agencies, directives, their tasks, one line per assignee, progress
 * updates on unlinked lines and filed reports. Tasks and lines are never deleted: removing one
 * sets `removed_at` (and leaves an audit event), so history keeps what was asked of whom.
 */
export class Directives1700000000200 implements MigrationInterface {
  name = 'Directives1700000000200';

  async up(q: QueryRunner): Promise<void> {
    // Bodies that are not administrative units (Công an tỉnh, Tỉnh Đoàn…), each with a home unit
    // whose admins update its lines.
    await q.query(`CREATE TABLE agency (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      short_name TEXT NOT NULL,
      home_unit_id INTEGER NOT NULL REFERENCES unit(id)
    )`);

    // The issuer is a unit's People's Committee (issuer_agency_id NULL) or an agency (then
    // issuer_unit_id is its home unit). A number is unique per issuer.
    await q.query(`CREATE TABLE directive (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL COLLATE NOCASE,
      kind TEXT NOT NULL CHECK (kind IN ('CONG_VAN','KE_HOACH','QUYET_DINH','CHI_THI','THONG_BAO')),
      issuer_unit_id INTEGER NOT NULL REFERENCES unit(id),
      issuer_agency_id INTEGER REFERENCES agency(id),
      signer_title TEXT NOT NULL,
      signer_name TEXT,
      issued_date TEXT NOT NULL,
      title TEXT NOT NULL,
      summary TEXT NOT NULL DEFAULT '',
      full_text TEXT NOT NULL DEFAULT '',
      campaign_id INTEGER REFERENCES campaign(id),
      status TEXT NOT NULL CHECK (status IN ('IN_FORCE','COMPLETED','SUPERSEDED')),
      attachments TEXT NOT NULL DEFAULT '[]',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(
      `CREATE UNIQUE INDEX directive_number ON directive(issuer_unit_id, COALESCE(issuer_agency_id, 0), number)`,
    );
    await q.query(`CREATE INDEX directive_issued ON directive(issued_date, id)`);

    // Tasks keep the number they have in the letter ("2." is task 2), also after a removal.
    await q.query(`CREATE TABLE directive_task (
      id INTEGER PRIMARY KEY,
      directive_id INTEGER NOT NULL REFERENCES directive(id),
      number INTEGER NOT NULL CHECK (number > 0),
      title TEXT NOT NULL,
      text TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL CHECK (kind IN ('ONGOING','DUE_BY','REPORT_BY')),
      deadline TEXT,
      linked_target INTEGER NOT NULL DEFAULT 0 CHECK (linked_target IN (0, 1)),
      removed_at TEXT,
      CHECK ((kind = 'ONGOING') = (deadline IS NULL)),
      CHECK (linked_target = 0 OR kind = 'DUE_BY'),
      UNIQUE (directive_id, number)
    )`);

    // One line per assignee of a task. unit_id is the assignee's unit, or the agency's home unit:
    // scope checks and "under Ba Tri" filters are one path comparison on it.
    await q.query(`CREATE TABLE directive_line (
      id INTEGER PRIMARY KEY,
      task_id INTEGER NOT NULL REFERENCES directive_task(id),
      unit_id INTEGER NOT NULL REFERENCES unit(id),
      agency_id INTEGER REFERENCES agency(id),
      added_at TEXT NOT NULL,
      removed_at TEXT
    )`);
    await q.query(
      `CREATE UNIQUE INDEX directive_line_assignee ON directive_line(task_id, unit_id, COALESCE(agency_id, 0)) WHERE removed_at IS NULL`,
    );
    await q.query(`CREATE INDEX directive_line_unit ON directive_line(unit_id)`);

    // Dated progress of unlinked lines; done = 1 is the DONE mark. Linked lines have none.
    await q.query(`CREATE TABLE directive_update (
      id INTEGER PRIMARY KEY,
      line_id INTEGER NOT NULL REFERENCES directive_line(id),
      date TEXT NOT NULL,
      percent REAL CHECK (percent IS NULL OR (percent >= 0 AND percent <= 1)),
      done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
      text TEXT NOT NULL,
      user_id INTEGER REFERENCES app_user(id),
      author TEXT NOT NULL,
      recorded_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX directive_update_line ON directive_update(line_id, date, id)`);

    // Filed reports keep the report as it was (snapshot JSON). filed_on is the business date.
    await q.query(`CREATE TABLE directive_report (
      id INTEGER PRIMARY KEY,
      line_id INTEGER NOT NULL REFERENCES directive_line(id),
      as_of TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('DISTRICT','COMMUNE')),
      filed_on TEXT NOT NULL,
      filed_at TEXT NOT NULL,
      user_id INTEGER REFERENCES app_user(id),
      filed_by TEXT NOT NULL,
      snapshot TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX directive_report_line ON directive_report(line_id, as_of, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'directive_report',
      'directive_update',
      'directive_line',
      'directive_task',
      'directive',
      'agency',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
