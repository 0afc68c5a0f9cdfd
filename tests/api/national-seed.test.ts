import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDb } from '../support/db';
import { ApiClient } from '../support/graphql';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';

// `npm run seed:national` as an operator runs it (the built command), on two provinces with island
// districts (45 Quảng Trị: Cồn Cỏ; 77 Bà Rịa - Vũng Tàu: Côn Đảo) for five days, then the real
// server over the file it made. The seed's own rows are checked in server/src/seed/national.
const CLI = path.join(REPO_ROOT, 'server', 'dist', 'cli', 'seed-national.js');
const ARGS = ['--province-codes', '45,77', '--days', '5'];

function seed(args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: '' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
let dbFile: string;
let first: ReturnType<typeof seed>;
let server: TestServer;
let admin: ApiClient;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-national-cli-'));
  dbFile = path.join(dir, 'national.sqlite');
  first = seed(['--database', dbFile, ...ARGS]);
}, 60_000);
afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run seed:national', () => {
  it('checks the disk first, reports each stage, and ends with the size, the time and how to start', () => {
    expect(first.stderr).toMatch(/^Đĩa \/ disk: \d+ MB free, about \d+ MB needed\.$/m);
    // Not a terminal here: one plain line per stage, no carriage returns.
    expect(first.stderr).not.toContain('\r');
    expect(first.stderr).toMatch(/^Ghi báo cáo ấp \/ hamlet reports: [\d,]+, [\d.]+ s$/m);
    expect(first.status).toBe(0);
    const size = fs.statSync(dbFile).size;
    expect(first.stdout).toContain(
      `dung lượng / size ${(size / 1024 / 1024).toFixed(0)} MB (${size.toLocaleString('en-US')} bytes)`,
    );
    expect(first.stdout).toMatch(/chiến dịch \/ campaign DDDT-VN-2023: [\d,]+ targets, [\d,]+ reports/);
    expect(first.stdout).toContain('471 Huyện Cồn Cỏ, 755 Huyện Côn Đảo');
    expect(first.stdout).toContain(`Chạy / start: DATABASE_URL=sqlite:${dbFile} npm start`);
    expect(fs.existsSync(`${dbFile}.seeding`)).toBe(false);
  });

  it('refuses to replace a database that has data, unless --force', () => {
    const before = fs.statSync(dbFile).mtimeMs;
    const refused = seed(['--database', dbFile, ...ARGS]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('đã có dữ liệu; thêm --force để thay. / ');
    expect(refused.stderr).toContain('is not empty; add --force to replace it.');
    expect(fs.statSync(dbFile).mtimeMs).toBe(before);
  });

  it('replaces it with --force, and the second run gives the same database, row for row', () => {
    const TABLES = [
      'unit ORDER BY id',
      'target ORDER BY unit_id',
      'tally_report ORDER BY unit_id, date',
      'tally_rollup ORDER BY unit_id, date',
      'setting ORDER BY key',
    ];
    const digest = () =>
      readDb(dbFile, (db) => {
        const hash = createHash('sha256');
        for (const table of TABLES)
          for (const row of db.prepare(`SELECT * FROM ${table}`).raw().iterate()) hash.update(JSON.stringify(row));
        return hash.digest('hex');
      });
    const before = digest();
    const again = seed(['--database', dbFile, '--force', ...ARGS]);
    expect(again.status).toBe(0);
    expect(digest()).toBe(before);
  });

  it('refuses bad options in both languages and writes nothing', () => {
    const other = path.join(dir, 'other.sqlite');
    const bad = seed(['--database', other, '--days', 'many']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--days: một số nguyên từ 1 đến 366 / a whole number from 1 to 366.');
    expect(fs.existsSync(other)).toBe(false);
  });

  // A real small disk: a 16 MB tmpfs (mounting needs root, as the tests run in CI).
  it.runIf(process.getuid?.() === 0)('checks the free disk first, and stops saying so when it is short', () => {
    const small = path.join(dir, 'small-disk');
    fs.mkdirSync(small);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', small]);
    try {
      const file = path.join(small, 'national.sqlite');
      const short = seed(['--database', file, '--province-codes', '01']);
      expect(short.status).toBe(1);
      expect(short.stderr).toMatch(/Không đủ dung lượng đĩa trong .*small-disk: còn 16 MB, cần khoảng \d+ MB\./);
      expect(short.stderr).toMatch(/Not enough free disk in .*small-disk: 16 MB free, about \d+ MB needed\./);
      expect(fs.readdirSync(small)).toEqual([]);
    } finally {
      execFileSync('umount', [small]);
    }
  });

  it('gives a database the real server opens: the country, its provinces and their progress as the roll-ups say', async () => {
    server = await startServer({ dbFile });
    admin = await new ApiClient(server.url).login('admin', 'demo');
    const asOf = '2023-09-20';
    const { unit } = await admin.data(
      `query ($asOf: Date) { unit(code: "VN") { code name level
        progress(campaign: "DDDT-VN-2023", asOf: $asOf) { target collected activated }
        children { code name level progress(campaign: "DDDT-VN-2023", asOf: $asOf) { target collected activated } } } }`,
      { asOf },
    );
    expect(unit).toMatchObject({ code: 'VN', name: 'Việt Nam', level: 'COUNTRY' });
    expect(unit.children.map((c: any) => [c.code, c.name, c.level])).toEqual([
      ['45', 'Tỉnh Quảng Trị', 'PROVINCE'],
      ['77', 'Tỉnh Bà Rịa - Vũng Tàu', 'PROVINCE'],
    ]);
    const expected = (code: string) =>
      readDb(dbFile, (db) =>
        db
          .prepare(
            `
        SELECT t.target, COALESCE(r.collected, 0) AS collected, COALESCE(r.activated, 0) AS activated
        FROM unit u JOIN target t ON t.unit_id = u.id
        LEFT JOIN tally_rollup r ON r.unit_id = u.id AND r.date = (SELECT MAX(date) FROM tally_rollup x WHERE x.unit_id = u.id AND x.date <= ?)
        WHERE u.code = ?`,
          )
          .get(asOf, code),
      );
    expect(unit.progress).toEqual(expected('VN'));
    for (const province of unit.children) expect(province.progress).toEqual(expected(province.code));
    expect(unit.progress.target).toBe(unit.children[0].progress.target + unit.children[1].progress.target);
    expect(unit.progress.collected).toBeGreaterThan(0);
  });

  it('shows an island district with target 0, no communes and nothing reported', async () => {
    const { unit } = await admin.data(
      `{ unit(code: "755") { name level children { code } progress(campaign: "DDDT-VN-2023") { target collected activated } } }`,
    );
    expect(unit).toEqual({
      name: 'Huyện Côn Đảo',
      level: 'DISTRICT',
      children: [],
      progress: { target: 0, collected: 0, activated: 0 },
    });
  });
});
