import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importCsv } from '../support/csv';
import { fingerprint } from '../support/db';
import { ApiClient, errorCodes } from '../support/graphql';
import { startServer, type TestServer } from '../support/server';

// The disk fills up under a running server. The server's connection is capped at a page count
// (CHITIEU_TEST_MAX_PAGE_COUNT, honoured only under NODE_ENV=test: SQLite then answers
// SQLITE_FULL exactly as on a full disk); the test fills the file up to that cap from a second
// connection, as other files fill a disk. Freeing space is dropping that filler: the next write
// succeeds, without a restart.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-full-'));
const dbFile = path.join(dir, 'chitieu.sqlite');
const HEADROOM = 100;
let server: TestServer;
let official: ApiClient;
let cap = 0;
let hamlets: Array<{ code: string; progress: { collected: number; activated: number } }> = [];

beforeAll(async () => {
  fs.copyFileSync(inject('templateDb'), dbFile);
  const template = new Database(dbFile);
  cap = (template.pragma('page_count', { simple: true }) as number) + HEADROOM;
  template.close();
  server = await startServer({ dbFile, env: { CHITIEU_TEST_MAX_PAGE_COUNT: String(cap) } });
  official = await new ApiClient(server.url).login('official');
  hamlets = (
    await official.data(
      `{ unit(code: "29119") { children { code progress(campaign: "DDDT-2023") { collected activated } } } }`,
    )
  ).unit.children;
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Other files take the disk: a second connection grows the database to the server's cap. */
function fillDisk(): void {
  const db = new Database(dbFile);
  try {
    db.pragma('busy_timeout = 5000');
    db.exec('CREATE TABLE disk_filler (b BLOB)');
    const insert = db.prepare('INSERT INTO disk_filler VALUES (zeroblob(3500))');
    db.transaction(() => {
      while ((db.pragma('page_count', { simple: true }) as number) < cap) insert.run();
    })();
    expect(db.pragma('freelist_count', { simple: true })).toBe(0);
  } finally {
    db.close();
  }
}

/** The operator frees space: the filler's pages go back to the database's free list. */
function freeSpace(): void {
  const db = new Database(dbFile);
  try {
    db.pragma('busy_timeout = 5000');
    db.exec('DROP TABLE disk_filler');
  } finally {
    db.close();
  }
}

// Every hamlet of Tân Xuân, with a long correction note each: the day cannot fit in the pages left.
const NOTE =
  'Điều chỉnh theo danh sách rà soát lại của tổ công tác ấp, đã đối chiếu với sổ theo dõi tại điểm thu nhận. '
    .repeat(5)
    .slice(0, 500);
const day = (plus: number) =>
  hamlets.map((h) => ({
    unit: h.code,
    collected: h.progress.collected + plus,
    activated: h.progress.activated + plus,
    reason: NOTE,
  }));
const RECORD = `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`;
const READ = `{ unit(code: "29119") { name progress(campaign: "DDDT-2023") { collected } } }`;
const FULL_VI = 'Máy chủ hết dung lượng lưu trữ; không có gì được lưu. Hãy báo quản trị hệ thống rồi thử lại.';
const FULL_EN = 'The server is out of storage; nothing was saved. Tell the system administrator, then try again.';

async function health(): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server.url}/healthz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function csvOf(reports: ReturnType<typeof day>): string {
  return [
    'Mã ấp;Ngày;Thu nhận;Kích hoạt;Lý do',
    ...reports.map((r) => `${r.unit};15/11/2023;${r.collected};${r.activated};${r.reason}`),
  ].join('\r\n');
}

describe('a full disk', () => {
  it('refuses a day with a clear message, writes none of it, keeps reads, and takes the same day once space is freed', async () => {
    expect(hamlets.length).toBeGreaterThanOrEqual(7);
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', database: 'ok' } });
    fillDisk();
    const before = fingerprint(dbFile);

    const refused = await official.request(RECORD, { input: { campaign: 'DDDT-2023', reports: day(7) } });
    expect(errorCodes(refused)).toEqual(['STORAGE_FULL']);
    expect(refused.errors![0]).toMatchObject({
      message: `${FULL_VI} / ${FULL_EN}`,
      extensions: { messageVi: FULL_VI, messageEn: FULL_EN },
    });
    expect(JSON.stringify(refused)).not.toMatch(/SQLITE|disk I\/O|database or disk|\/tmp\/|chitieu\.sqlite/i);
    expect(fingerprint(dbFile)).toBe(before);

    // Reads go on; the health check tells "full" apart from "unavailable".
    expect((await official.data(READ)).unit.progress.collected).toBeGreaterThan(0);
    expect(await health()).toMatchObject({
      status: 200,
      body: { status: 'degraded', database: 'full', since: expect.any(String) },
    });
    // The log has the cause once, and every refused request under the id its user was shown.
    expect(server.output()).toMatch(
      /"message":"storage trouble: writes fail","trouble":"full","error":"database or disk is full"/,
    );
    const requestId = refused.errors![0]!.extensions!.requestId as string;
    const line = server
      .output()
      .split('\n')
      .find((l) => l.includes(requestId));
    expect(JSON.parse(line!)).toMatchObject({ level: 'warn', message: 'write refused: storage', code: 'STORAGE_FULL' });

    // The same day as a CSV file: the import's worker hits the same wall, and writes nothing either.
    const imported = await importCsv(server.url, official, csvOf(day(7)), 'campaign=DDDT-2023');
    expect(imported.status).toBe(503);
    expect(imported.body.errors[0]).toMatchObject({
      message: `${FULL_VI} / ${FULL_EN}`,
      extensions: { code: 'STORAGE_FULL' },
    });
    expect(fingerprint(dbFile)).toBe(before);

    freeSpace();
    const saved = await official.request(RECORD, { input: { campaign: 'DDDT-2023', reports: day(7) } });
    expect(saved.errors).toBeUndefined();
    expect(saved.data).toEqual({ recordTallies: { saved: hamlets.length } });
    expect(fingerprint(dbFile)).not.toBe(before);
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', database: 'ok' } });

    // And the import goes through too.
    const again = await importCsv(server.url, official, csvOf(day(9)), 'campaign=DDDT-2023');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ committed: true, summary: { wouldUpdate: hamlets.length } });
  }, 60_000);
});
