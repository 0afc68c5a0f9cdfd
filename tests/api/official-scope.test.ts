import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startServer, type TestServer } from '../support/server';

// Accounts made before an official's scope had to be a commune: the server starts, and its log
// names each of them, so an admin can give them a commune (a new account) and deactivate the old.
// SQLite only: the old accounts are written straight into a copy of the seeded file.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-official-scope-'));
let server: TestServer | undefined;
afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('officials scoped above or below a commune, from before the rule', () => {
  it('are named in a startup warning', async () => {
    const file = path.join(dir, 'old-accounts.sqlite');
    fs.copyFileSync(inject('templateDb'), file);
    const db = new Database(file);
    const unitId = (code: string) => db.prepare(`SELECT id FROM unit WHERE code = ?`).pluck().get(code);
    const hamlet = db
      .prepare(
        `SELECT h.code FROM unit h JOIN unit c ON c.id = h.parent_id WHERE c.code = '29119' ORDER BY h.code LIMIT 1`,
      )
      .pluck()
      .get() as string;
    const insert = db.prepare(
      `INSERT INTO app_user (username, password_hash, role, scope_unit_id, active, created_at) VALUES (?, 'x', 'OFFICIAL', ?, 1, '2023-11-01T00:00:00Z')`,
    );
    insert.run('old.province', unitId('83'));
    insert.run('old.district', unitId('836'));
    insert.run('old.hamlet', unitId(hamlet));
    db.close();
    server = await startServer({ dbFile: file });
    const warnings = server
      .output()
      .split('\n')
      .filter((line) => /official/i.test(line) && /commune/i.test(line) && /warn/i.test(line));
    expect(warnings, server.output()).toHaveLength(1);
    for (const name of ['old.province', 'old.district', 'old.hamlet']) expect(warnings[0]).toContain(name);
    // The demo's own official (Xã Tân Xuân) is not among them.
    expect(warnings[0]).not.toMatch(/"official"|username":"official/);
  });
});
