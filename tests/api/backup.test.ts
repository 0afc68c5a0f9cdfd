import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedOf, type Counts } from '../support/day-reports';
import { ApiClient } from '../support/graphql';
import { REPO_ROOT } from '../support/paths';
import { startServer, type TestServer } from '../support/server';

const exec = promisify(execFile);
const CLI = path.join(REPO_ROOT, 'server', 'dist', 'cli', 'backup.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-backup-'));
const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const RECORD = `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`;

function cli(args: string[], dbFile: string) {
  return exec(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: `sqlite:${dbFile}` } });
}

describe('backup and restore', () => {
  it('backs up a live database under write load, verifies it, and restores it', async () => {
    const server = await startServer();
    servers.push(server);
    const official = await new ApiClient(server.url).login('official');
    const hamlets: string[] = (await official.data(`{ unit(code: "29119") { children { code } } }`)).unit.children.map(
      (h: any) => h.code,
    );

    const acked: Array<{ unit: string; collected: number }> = [];
    // What each hamlet's report of the day is (nothing yet): the next save names it as expected.
    const onRecord = new Map<string, Counts | null>();
    let stop = false;
    let i = 0;
    const writer = (async () => {
      while (!stop) {
        i++;
        const report = { unit: hamlets[i % hamlets.length]!, collected: 200_000 + i, activated: 100_000 };
        const res = await official.request(RECORD, {
          input: { campaign: 'DDDT-2023', reports: [{ ...report, ...expectedOf(onRecord.get(report.unit)) }] },
        });
        if (res.data?.recordTallies) {
          acked.push(report);
          onRecord.set(report.unit, { collected: report.collected, activated: report.activated });
        }
      }
    })();
    await new Promise((r) => setTimeout(r, 300));
    const ackedBefore = acked.length;
    const file = path.join(dir, 'copy.sqlite');
    const { stdout } = await cli(['backup', '--to', file], server.dbFile);
    stop = true;
    await writer;

    const report = JSON.parse(stdout).backup;
    expect(report.integrity).toBe('ok');
    expect(report.counts.unit).toBe(1340);
    expect(report.counts.tally_report).toBeGreaterThan(87_975);
    expect(acked.length).toBeGreaterThan(ackedBefore);
    // A second backup to the same file is refused: backups never overwrite.
    await expect(cli(['backup', '--to', file], server.dbFile)).rejects.toThrow(/exists already/);

    // Restore into a new place and serve it: every write acknowledged before the backup began is there.
    const restored = path.join(dir, 'restored', 'chitieu.sqlite');
    const out = JSON.parse((await cli(['restore', '--from', file], restored)).stdout);
    expect(out.restored.integrity).toBe('ok');
    const again = await startServer({ dbFile: restored });
    servers.push(again);
    const admin = await new ApiClient(again.url).login('admin');
    const latest = new Map<string, number>();
    for (const r of acked.slice(0, ackedBefore)) latest.set(r.unit, r.collected);
    for (const [unit, collected] of latest) {
      const p = (
        await admin.data(`query ($u: String!) { unit(code: $u) { progress(campaign: "DDDT-2023") { collected } } }`, {
          u: unit,
        })
      ).unit.progress;
      expect(p.collected, unit).toBeGreaterThanOrEqual(collected);
    }
  });

  it('keeps only the newest backups in a folder', async () => {
    const server = servers[0]!;
    const folder = path.join(dir, 'rotating');
    for (let n = 0; n < 3; n++) {
      await cli(['backup', '--to', path.join(folder, `chitieu-2026-01-0${n + 1}T00-00-00Z.sqlite`)], server.dbFile);
    }
    const { stdout } = await cli(['backup', '--dir', folder, '--keep', '2'], server.dbFile);
    expect(JSON.parse(stdout).removed).toEqual([
      'chitieu-2026-01-01T00-00-00Z.sqlite',
      'chitieu-2026-01-02T00-00-00Z.sqlite',
    ]);
    expect(fs.readdirSync(folder)).toHaveLength(2);
  });

  it('takes scheduled backups in the running server, with retention', async () => {
    const folder = path.join(dir, 'scheduled');
    const server = await startServer({
      env: { CHITIEU_BACKUP_DIR: folder, CHITIEU_BACKUP_EVERY_HOURS: '0.0004', CHITIEU_BACKUP_KEEP: '2' },
    });
    servers.push(server);
    await expect
      .poll(() => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.sqlite')).length : 0), {
        timeout: 15_000,
      })
      .toBe(2);
    await expect.poll(() => server.output(), { timeout: 15_000 }).toMatch(/"removed":1/);
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.sqlite')).length).toBeLessThanOrEqual(2);
  });
});
