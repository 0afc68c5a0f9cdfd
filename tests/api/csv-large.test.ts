import { describe, expect, it } from 'vitest';
import { importCsv } from '../support/csv';
import { readDb } from '../support/db';
import { useServer } from '../support/use-server';

const { server, admin, official } = useServer({ logins: ['admin', 'official'] });

const REASON = 'Rà soát lại theo danh sách VNeID của Công an xã, đối chiếu ngày hôm trước';

/** Every report of the demo, each collected count one higher: ~88,000 rows, over 10 MB. */
function bigFile(): { text: string; rows: number } {
  const rows = readDb(server.dbFile, (db) =>
    db
      .prepare(
        `SELECT u.code, r.date, r.collected, r.activated FROM tally_report r JOIN unit u ON u.id = r.unit_id ORDER BY r.date, u.code`,
      )
      .all(),
  ) as Array<{ code: string; date: string; collected: number; activated: number }>;
  const lines = rows.map(
    (r) => `${r.code};${r.date.split('-').reverse().join('/')};${r.collected + 1};${r.activated};${REASON}`,
  );
  return { text: `\uFEFFMã ấp;Ngày;Thu nhận;Kích hoạt;Lý do\r\n${lines.join('\r\n')}\r\n`, rows: rows.length };
}

const PROVINCE = `{ unit(code: "83") { progress(campaign: "DDDT-2023", asOf: "2023-11-14") { collected } } }`;

describe('a 10 MB import', () => {
  it('keeps other requests answering, and readers see all of it or none', async () => {
    const { text, rows } = bigFile();
    expect(Buffer.byteLength(text)).toBeGreaterThan(10 * 1024 * 1024);
    const before = (await admin.data(PROVINCE)).unit.progress.collected as number;

    let importing = true;
    const latencies: number[] = [];
    const seen = new Set<number>();
    const poller = (async () => {
      while (importing) {
        const started = performance.now();
        seen.add((await admin.data(PROVINCE)).unit.progress.collected);
        latencies.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    // A write from someone else in the middle of it: it waits for the import, then goes in.
    const hamlet = (
      await official.data(
        `{ unit(code: "29119") { children { code progress(campaign: "DDDT-2023") { collected activated } } } }`,
      )
    ).unit.children[0];
    const started = performance.now();
    const importing$ = importCsv(server.url, admin, text, 'campaign=DDDT-2023');
    await new Promise((r) => setTimeout(r, 2500));
    const write = await official.request(
      `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`,
      {
        input: {
          campaign: 'DDDT-2023',
          reports: [
            { unit: hamlet.code, collected: hamlet.progress.collected + 7, activated: hamlet.progress.activated + 7 },
          ],
        },
      },
    );
    const result = await importing$;
    const total = performance.now() - started;
    importing = false;
    await poller;

    expect(result.status).toBe(200);
    expect(result.body.committed).toBe(true);
    expect(result.body.summary).toEqual({
      rowsRead: rows,
      wouldCreate: 0,
      wouldUpdate: rows,
      unchanged: 0,
      rejected: 0,
    });
    expect(write.errors).toBeUndefined();
    const hamlets = readDb(server.dbFile, (db) =>
      db.prepare(`SELECT COUNT(*) FROM unit WHERE level = 'HAMLET'`).pluck().get(),
    ) as number;
    expect((await admin.data(PROVINCE)).unit.progress.collected).toBe(before + hamlets);
    // Never half an import: the province was either as before or with all of it.
    expect([...seen].every((v) => v === before || v === before + hamlets)).toBe(true);
    const max = Math.max(...latencies);
    console.log(
      `10 MB import: ${rows} rows, ${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB, ${total.toFixed(0)} ms in all` +
        ` (read ${result.body.timings.readMs} ms, check ${result.body.timings.planMs} ms, write ${result.body.timings.writeMs} ms);` +
        ` ${latencies.length} reads meanwhile, slowest ${max.toFixed(0)} ms`,
    );
    expect(latencies.length).toBeGreaterThan(20);
    // Readers kept being answered all along. The one-second goal is a speed figure, printed above
    // and for the benchmark; this bound only catches a server frozen by the import, so that a
    // loaded CI machine does not make the test flaky.
    expect(max).toBeLessThan(5000);
  }, 180_000);
});
