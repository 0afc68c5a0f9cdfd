import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { dayReports, expectedOf } from '../support/day-reports';
import { ApiClient } from '../support/graphql';
import { startServer, type TestServer } from '../support/server';

// Kill the server with SIGKILL at random moments while a client writes tallies in a loop. After
// every restart: the file is intact, every write the client saw acknowledged is there, each
// report has its audit event, and the roll-ups still equal the sum of their hamlets.
const KILLS = 6;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-crash-'));
const dbFile = path.join(dir, 'chitieu.sqlite');
let server: TestServer | null = null;
afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const RECORD = `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`;

/** Deterministic "random" pauses, so a failure can be replayed. */
function pause(i: number): number {
  return 80 + ((i * 7919) % 400);
}

describe('a crash mid-write', () => {
  it('loses no acknowledged write and leaves no change without its audit event', async () => {
    fs.copyFileSync(inject('templateDb'), dbFile);
    const acked = new Map<string, number>(); // hamlet → highest acknowledged collected
    const tried = new Map<string, number>(); // hamlet → highest collected ever sent
    let hamlets: string[] = [];
    let counter = 0;

    for (let round = 0; round < KILLS; round++) {
      server = await startServer({ dbFile });
      const official = await new ApiClient(server.url).login('official');
      if (hamlets.length === 0) {
        hamlets = (await official.data(`{ unit(code: "29119") { children { code } } }`)).unit.children.map(
          (h: any) => h.code,
        );
      }
      // After a kill the last answer may have been lost: what is on record is read again, and each
      // save names the report it replaces (replace-with-expected).
      const onRecord = await dayReports(server, hamlets);
      let stop = false;
      const writer = (async () => {
        while (!stop) {
          counter++;
          const unit = hamlets[counter % hamlets.length]!;
          const collected = 100_000 + counter;
          tried.set(unit, collected);
          try {
            const res = await official.request(RECORD, {
              input: {
                campaign: 'DDDT-2023',
                reports: [{ unit, collected, activated: 50_000, ...expectedOf(onRecord.get(unit)) }],
              },
            });
            if (res.data?.recordTallies) {
              acked.set(unit, collected);
              onRecord.set(unit, { collected, activated: 50_000 });
            }
          } catch {
            return; // the connection died with the server
          }
        }
      })();
      await new Promise((r) => setTimeout(r, pause(round)));
      await server.kill();
      stop = true;
      await writer;
      server = null;

      const db = new Database(dbFile, { readonly: false });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        for (const [unit, value] of acked) {
          const row = db
            .prepare(
              `SELECT r.collected FROM tally_report r JOIN unit u ON u.id = r.unit_id WHERE u.code = ? AND r.date = '2023-11-15'`,
            )
            .get(unit) as { collected: number };
          expect(row.collected, `${unit} after kill ${round}`).toBeGreaterThanOrEqual(value);
          expect(row.collected).toBeLessThanOrEqual(tried.get(unit)!);
          const audit = db
            .prepare(
              `SELECT new_value AS v FROM audit_event a JOIN unit u ON u.id = a.unit_id WHERE u.code = ? AND a.field = '2023-11-15' ORDER BY a.id DESC LIMIT 1`,
            )
            .get(unit) as { v: string };
          expect(JSON.parse(audit.v).collected, `audit of ${unit}`).toBe(row.collected);
        }
        const commune = db
          .prepare(
            `SELECT collected FROM tally_rollup r JOIN unit u ON u.id = r.unit_id WHERE u.code = '29119' ORDER BY date DESC LIMIT 1`,
          )
          .get() as { collected: number };
        const sum = db
          .prepare(
            `SELECT SUM(r.collected) AS s FROM unit h JOIN tally_report r ON r.unit_id = h.id
          AND r.date = (SELECT MAX(date) FROM tally_report x WHERE x.unit_id = h.id) WHERE h.parent_id = (SELECT id FROM unit WHERE code = '29119')`,
          )
          .get() as { s: number };
        expect(commune.collected).toBe(sum.s);
      } finally {
        db.close();
      }
    }
    expect(acked.size).toBeGreaterThan(0);
    expect(counter).toBeGreaterThan(KILLS * 5);
  }, 120_000);
});
