import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dbRows, dbValue, type ServerDb } from '../support/db';
import { REPO_ROOT } from '../support/paths';
import { createDatabase, databaseUrl, dropDatabase } from '../support/pg';

// `npm run seed:national -- --database-url postgres://…` as an operator runs it, on the two
// provinces with island districts for five days, beside the same seed into an SQLite file: both
// databases must hold the same rows, table by table. Runs in api-pg only (vitest.config.mts: a
// PostgreSQL server to seed); the SQLite seed's own checks are in national-seed.test.ts.
const CLI = path.join(REPO_ROOT, 'server', 'dist', 'cli', 'seed-national.js');
const ARGS = ['--province-codes', '45,77', '--days', '5'];
if (!inject('templatePg'))
  throw new Error('national-seed-postgres runs in project api-pg, on CHITIEU_TEST_POSTGRES_URL');

function seed(args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: '', DATABASE_URL: '' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every table the seed writes, in a fixed order; times of creation and password hashes (salted) aside. */
const TABLES = {
  unit: `SELECT id, code, name, type, level, parent_id, path, search_name, synthetic, population, hamlet_count FROM unit ORDER BY id`,
  target: `SELECT campaign_id, unit_id, target FROM target ORDER BY campaign_id, unit_id`,
  tally_report: `SELECT campaign_id, unit_id, date, collected, activated, reason, user_id, recorded_at FROM tally_report ORDER BY campaign_id, unit_id, date`,
  tally_rollup: `SELECT campaign_id, unit_id, date, collected, activated, hamlets_reported FROM tally_rollup ORDER BY campaign_id, unit_id, date`,
  campaign: `SELECT id, code, name, description, collected_label, activated_label, start_date, deadline, root_unit_id FROM campaign ORDER BY id`,
  setting: `SELECT key, value FROM setting ORDER BY key`,
  app_user: `SELECT id, username, role, scope_unit_id, active FROM app_user ORDER BY id`,
  audit_event: `SELECT id, username, role, action, unit_id, unit_path, campaign_id, field, old_value, new_value, reason FROM audit_event ORDER BY id`,
};

let dir: string;
const name = `chitieu_national_${process.pid}`;
let sqlite: ServerDb;
let postgres: ServerDb;
let first: ReturnType<typeof seed>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-national-pg-'));
  sqlite = { dbFile: path.join(dir, 'national.sqlite'), databaseUrl: '' };
  postgres = { dbFile: '', databaseUrl: databaseUrl(name) };
  await createDatabase(name);
  expect(seed(['--database', sqlite.dbFile, ...ARGS]).status).toBe(0);
  first = seed(['--database-url', postgres.databaseUrl, ...ARGS]);
}, 120_000);
afterAll(async () => {
  await dropDatabase(name);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function expectSameTables(): Promise<void> {
  for (const [table, sql] of Object.entries(TABLES)) {
    const [a, b] = [await dbRows(sqlite, sql), await dbRows(postgres, sql)];
    expect(a.length, table).toBeGreaterThan(0);
    expect(b, table).toEqual(a);
  }
}

describe('npm run seed:national on PostgreSQL', () => {
  it("says the server's free disk cannot be checked from here, reports each stage, and ends with the size and how to start", async () => {
    expect(first.stderr).toMatch(
      /^Đĩa \/ disk: không kiểm tra được dung lượng trống của máy chủ PostgreSQL từ đây; cần khoảng \d+ MB\. \/ the PostgreSQL server's free disk cannot be checked from here; about \d+ MB needed\.$/m,
    );
    expect(first.stderr).toMatch(/^Ghi báo cáo ấp \/ hamlet reports: [\d,]+, [\d.]+ s$/m);
    expect(first.stderr).toMatch(/^Dọn, thống kê bảng \/ vacuum, analyze: [\d,]+, [\d.]+ s$/m);
    expect(first.status).toBe(0);
    const printed = Number(/dung lượng \/ size \d+ MB \(([\d,]+) bytes\)/.exec(first.stdout)?.[1]?.replaceAll(',', ''));
    const size = await dbValue(postgres, `SELECT pg_database_size(current_database())`);
    expect(Math.abs(printed - size) / size).toBeLessThan(0.05);
    expect(first.stdout).toContain('471 Huyện Cồn Cỏ, 755 Huyện Côn Đảo');
    expect(first.stdout).toContain(`Chạy / start: DATABASE_URL=${postgres.databaseUrl} npm start`);
  });

  it('writes the same rows as the seed into an SQLite file, table by table', async () => {
    await expectSameTables();
    // Units were written with their ids: the next unit made on the server takes the next id.
    expect(await dbValue(postgres, `SELECT last_value FROM pg_sequences WHERE sequencename = 'unit_id_seq'`)).toBe(
      await dbValue(postgres, `SELECT MAX(id) FROM unit`),
    );
  });

  it('refuses a database that has data unless --force, and --force replaces it with the same rows', async () => {
    const before = await dbValue(postgres, `SELECT COUNT(*) FROM audit_event`);
    const refused = seed(['--database-url', postgres.databaseUrl, ...ARGS]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      `${postgres.databaseUrl} đã có dữ liệu; thêm --force để thay. / ${postgres.databaseUrl} is not empty; add --force to replace it.`,
    );
    expect(await dbValue(postgres, `SELECT COUNT(*) FROM audit_event`)).toBe(before);

    const again = seed(['--database-url', postgres.databaseUrl, '--force', ...ARGS]);
    expect(again.status).toBe(0);
    await expectSameTables();
  });

  it('refuses a --database-url that is not PostgreSQL, in both languages', () => {
    const bad = seed(['--database-url', 'mysql://127.0.0.1/x', ...ARGS]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(
      '--database-url: cần postgres://… / needs postgres://…; an SQLite file goes with --database.',
    );
  });
});
