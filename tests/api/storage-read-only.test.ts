import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { importCsv } from '../support/csv';
import { fingerprint } from '../support/db';
import { ApiClient, errorCodes } from '../support/graphql';
import { startServer, type TestServer } from '../support/server';

// The database file cannot be written (its permissions, or a volume mounted read-only): the
// server still starts and serves reads; every write is refused in both languages and changes
// nothing; /healthz says "read-only". As root, permissions do not bind: the server then runs
// without root's overrides of them (bindPermissions), as the same user, so it does not matter
// where the clone is or who else may read it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-ro-'));
const dbFile = path.join(dir, 'chitieu.sqlite');
let server: TestServer | null = null;
afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const RO_VI = 'Cơ sở dữ liệu đang ở chế độ chỉ đọc; không có gì được lưu. Hãy báo quản trị hệ thống.';
const RO_EN = 'The database is read-only; nothing was saved. Tell the system administrator.';

describe('a read-only database', () => {
  it('serves reads, refuses writes with a clear message and changes nothing', async () => {
    fs.copyFileSync(inject('templateDb'), dbFile);
    server = await startServer({ dbFile });
    const official = await new ApiClient(server.url).login('official');
    const cookie = official.sessionCookie!;
    const hamlet = (
      await official.data(
        `{ unit(code: "29119") { children { code progress(campaign: "DDDT-2023") { collected activated } } } }`,
      )
    ).unit.children[0];
    expect(await server.terminate()).toBe(0);

    for (const suffix of ['', '-wal', '-shm'])
      if (fs.existsSync(`${dbFile}${suffix}`)) fs.chmodSync(`${dbFile}${suffix}`, 0o444);
    server = await startServer({ dbFile, bindPermissions: true });
    // The server really meets a file it cannot write (not a file root writes anyway).
    const capEff = /^CapEff:\s*([0-9a-f]+)$/m.exec(fs.readFileSync(`/proc/${server.process.pid}/status`, 'utf8'))![1]!;
    expect(BigInt(`0x${capEff}`) & 0b110n, 'CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH').toBe(0n);
    const before = fingerprint(dbFile);
    const client = new ApiClient(server.url);
    const ask = (query: string, variables?: Record<string, unknown>) => client.request(query, variables, { cookie });

    const read = await ask(`{ unit(code: "29119") { name progress(campaign: "DDDT-2023") { collected } } }`);
    expect(read.errors).toBeUndefined();
    expect(read.data!.unit.progress.collected).toBeGreaterThan(0);

    const write = await ask(`mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`, {
      input: {
        campaign: 'DDDT-2023',
        reports: [
          { unit: hamlet.code, collected: hamlet.progress.collected + 3, activated: hamlet.progress.activated + 3 },
        ],
      },
    });
    expect(errorCodes(write)).toEqual(['STORAGE_READ_ONLY']);
    expect(write.errors![0]).toMatchObject({
      message: `${RO_VI} / ${RO_EN}`,
      extensions: { messageVi: RO_VI, messageEn: RO_EN },
    });
    expect(JSON.stringify(write)).not.toMatch(/SQLITE|readonly database|\/tmp\/|chitieu\.sqlite/i);

    const file = `Mã ấp;Ngày;Thu nhận;Kích hoạt\r\n${hamlet.code};15/11/2023;${hamlet.progress.collected + 3};${hamlet.progress.activated + 3}\r\n`;
    const imported = await importCsv(server.url, null, file, 'campaign=DDDT-2023', {
      'x-chitieu-csrf': '1',
      'content-type': 'text/csv; charset=utf-8',
      cookie,
    });
    expect(imported.status).toBe(503);
    expect(imported.body.errors[0].extensions).toMatchObject({ code: 'STORAGE_READ_ONLY', messageEn: RO_EN });

    expect(fingerprint(dbFile)).toBe(before);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'degraded', database: 'read-only' });
  }, 60_000);
});
