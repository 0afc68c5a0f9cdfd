import { beforeAll, describe, expect, it } from 'vitest';
import { exportCsv, importCsv } from '../support/csv';
import { dbAuditEvents, dbFingerprint } from '../support/db';
import type { ApiClient } from '../support/graphql';
import { useServer } from '../support/use-server';

const { server, admin, official, analyst } = useServer({ logins: ['admin', 'official', 'analyst'] });
type Series = { code: string; points: Array<{ date: string; collected: number; activated: number }> };
let h: Series[] = [];
let elsewhere = '';
beforeAll(async () => {
  h = (
    await official.data(
      `{ unit(code: "29119") { children { code history(campaign: "DDDT-2023", from: "2023-11-12", to: "2023-11-15") { date collected activated } } } }`,
    )
  ).unit.children.map((c: any) => ({ code: c.code, points: c.history }));
  elsewhere = (await admin.data(`{ unit(code: "29122") { children { code } } }`)).unit.children[0].code;
});

const at = (s: Series, date: string) => s.points.find((p) => p.date === date)!;
const BOM = '\uFEFF';
const Q = 'campaign=DDDT-2023';

async function hamlet(code: string, asOf: string) {
  return (
    await admin.data(
      `{ unit(code: "${code}") { progress(campaign: "DDDT-2023", asOf: "${asOf}") { collected activated } } }`,
    )
  ).unit.progress;
}

/** A Vietnamese file from the issue: semicolons, BOM, CRLF, day-first dates, an extra column. */
function mixedFile(): string {
  const [h1, h2, h3, h4, h5, h6, h7] = h;
  const t1 = at(h1!, '2023-11-14'),
    t2 = at(h2!, '2023-11-14'),
    t3 = at(h3!, '2023-11-14');
  return (
    BOM +
    [
      'Mã ấp;Tên ấp;Ngày;Thu nhận;Kích hoạt;Lý do',
      `${h1!.code};Ấp 1;15/11/2023;${t1.collected + 5};${t1.activated + 5};`,
      `${h2!.code};Ấp 2;14/11/2023;${t2.collected};${t2.activated};`,
      `${h3!.code};Ấp 3;14/11/2023;${t3.collected + 1};${t3.activated};`,
      `9999999;Không có;15/11/2023;1;1;`,
      `${h4!.code};;15/11/2023;mười;5;`,
      `${h5!.code};;15/11/2023;10;20;`,
      `${h1!.code};;15/11/2023;${t1.collected + 6};${t1.activated + 6};`,
      `${h6!.code};;16/11/2023;1;1;`,
      `${h7!.code};;01/11/2023;1;1;`,
      `${elsewhere};;15/11/2023;1;1;`,
    ].join('\r\n') +
    '\r\n'
  );
}

describe('importing tallies from CSV', () => {
  it('dry-runs a file: a summary, and every rejected row with its line and reason', async () => {
    const before = await dbFingerprint(server);
    const { status, body } = await importCsv(server.url, official, mixedFile(), `${Q}&dryRun=1`);
    expect(status).toBe(200);
    expect(body.summary).toEqual({ rowsRead: 10, wouldCreate: 1, wouldUpdate: 1, unchanged: 1, rejected: 7 });
    expect(body).toMatchObject({ dryRun: true, committed: false, delimiter: ';', ignoredColumns: ['Tên ấp'] });
    const reasons = Object.fromEntries(
      body.rejected.map((r: any) => [r.line, r.problems.map((p: any) => `${p.field}: ${p.messageEn}`).join(' | ')]),
    );
    expect(Object.keys(reasons).map(Number)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(reasons[5]).toMatch(/hamlet: No unit has the code "9999999"/);
    expect(reasons[6]).toMatch(/collected: Not a whole number: "mười"/);
    expect(reasons[7]).toMatch(/activated: Activated cannot exceed collected/);
    expect(reasons[8]).toMatch(/Same hamlet and date as line 2/);
    expect(reasons[9]).toMatch(/date: 2023-11-16 is in the future/);
    expect(reasons[10]).toMatch(/older dates need an administrator/);
    expect(reasons[11]).toMatch(/hamlet: Hamlet \d+ is outside your scope/);
    expect(body.rejected[0].problems[0].messageVi).toMatch(/Không có đơn vị/);
    expect(await dbFingerprint(server)).toBe(before);
  });

  it('refuses the real run of a file with rejected rows: all or nothing', async () => {
    const before = await dbFingerprint(server);
    const { status, body } = await importCsv(server.url, official, mixedFile(), Q);
    expect(status).toBe(400);
    expect(body.committed).toBe(false);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/7 rows were rejected; nothing was saved/);
    expect(await dbFingerprint(server)).toBe(before);
  });

  it('imports the good rows, through the same write path, and a second run changes nothing', async () => {
    const good = mixedFile().split('\r\n').slice(0, 4).join('\r\n');
    const res = await fetch(`${server.url}/api/import/tallies?${Q}`, {
      method: 'POST',
      headers: { cookie: official.sessionCookie!, 'x-chitieu-csrf': '1', 'content-type': 'text/csv' },
      body: good,
    });
    const body = (await res.json()) as any;
    expect(res.status).toBe(200);
    expect(body).toMatchObject({
      committed: true,
      summary: { rowsRead: 3, wouldCreate: 1, wouldUpdate: 1, unchanged: 1, rejected: 0 },
    });
    const t1 = at(h[0]!, '2023-11-14'),
      t3 = at(h[2]!, '2023-11-14');
    expect(await hamlet(h[0]!.code, '2023-11-15')).toEqual({
      collected: t1.collected + 5,
      activated: t1.activated + 5,
    });
    expect(await hamlet(h[2]!.code, '2023-11-14')).toEqual({ collected: t3.collected + 1, activated: t3.activated });
    expect((await dbAuditEvents(server, res.headers.get('x-request-id')!)).map((e) => e.action)).toEqual([
      'tally.replace',
      'tally.record',
      'tally.import',
    ]);

    const again = await importCsv(server.url, official, good, Q);
    expect(again.body).toMatchObject({ committed: true, summary: { wouldCreate: 0, wouldUpdate: 0, unchanged: 3 } });
    const before = await dbFingerprint(server);
    await importCsv(server.url, official, good, Q);
    expect(await dbFingerprint(server)).toBe(before);
  });

  it('reads English headers, commas, quotes and ISO dates, and judges a multi-day file as a whole', async () => {
    const s = h[7]!;
    const d13 = at(s, '2023-11-13'),
      d14 = at(s, '2023-11-14');
    // 13-11 raised by 1,000 alone is above the 14-11 on record: it needs a reason.
    const alone = `hamlet,date,collected,activated\n${s.code},2023-11-13,${d13.collected + 1000},${d13.activated}\n`;
    const refused = await importCsv(server.url, admin, alone, `${Q}&dryRun=1`);
    expect(refused.body.rejected[0].problems[0].messageEn).toMatch(/Higher than a later report/);
    // With 14-11 raised too, the file is consistent: both rows go in, in one transaction.
    const commune = { d13: await hamlet('29119', '2023-11-13'), d14: await hamlet('29119', '2023-11-14') };
    const both = `"note",hamlet,date,collected,activated\n"a, b",${s.code},2023-11-13,${d13.collected + 1000},${d13.activated}\n"c ""d""",${s.code},2023-11-14,"${d14.collected + 1000}",${d14.activated}\n`;
    const { status, body } = await importCsv(server.url, admin, both, Q);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      committed: true,
      delimiter: ',',
      ignoredColumns: ['note'],
      summary: { wouldUpdate: 2 },
    });
    expect(await hamlet(s.code, '2023-11-13')).toEqual({ collected: d13.collected + 1000, activated: d13.activated });
    // The roll-ups above moved with them, day by day.
    expect(await hamlet('29119', '2023-11-13')).toEqual({
      collected: commune.d13.collected + 1000,
      activated: commune.d13.activated,
    });
    expect(await hamlet('29119', '2023-11-14')).toEqual({
      collected: commune.d14.collected + 1000,
      activated: commune.d14.activated,
    });
  });

  it('refuses control characters in a reason, as GraphQL does, and stores nothing', async () => {
    const s = h[0]!;
    const d14 = at(s, '2023-11-14');
    const before = await dbFingerprint(server);
    for (const control of ['\u0000', '\u0007', '\u001B']) {
      const file = `hamlet,date,collected,activated,reason\n${s.code},2023-11-14,${d14.collected + 1},${d14.activated},"sửa${control}lại"\n`;
      const dry = await importCsv(server.url, admin, file, `${Q}&dryRun=1`);
      expect(dry.body.summary.rejected, JSON.stringify(control)).toBe(1);
      expect(dry.body.rejected[0].problems[0]).toMatchObject({
        field: 'reason',
        messageVi: expect.stringMatching(/ký tự điều khiển/),
        messageEn: expect.stringMatching(/control character/),
      });
      const real = await importCsv(server.url, admin, file, Q);
      expect(real.status).toBe(400);
    }
    expect(await dbFingerprint(server)).toBe(before);
  });

  it('says clearly what is wrong with the request itself', async () => {
    const file = `hamlet,date,collected,activated\n${h[0]!.code},2023-11-15,1,1\n`;
    const cases: Array<
      [ApiClient | null, string | Buffer, string, Record<string, string> | undefined, number, RegExp]
    > = [
      [official, file, Q, { 'content-type': 'text/csv' }, 400, /x-chitieu-csrf/],
      [null, file, Q, undefined, 401, /log in/],
      [analyst, file, `${Q}&dryRun=1`, undefined, 403, /analysts only read/],
      [official, file, 'campaign=NOPE', undefined, 404, /NOPE/],
      [
        official,
        Buffer.from('hamlet,date,collected,activated\nx,2023-11-15,1,1,\xe9t\xe9\n', 'latin1'),
        Q,
        undefined,
        400,
        /not UTF-8/,
      ],
      [official, 'hamlet,date,collected\nx,2023-11-15,1\n', Q, undefined, 400, /lacks: activated/],
      [official, '', Q, undefined, 400, /no file/],
      [
        official,
        file,
        Q,
        { 'x-chitieu-csrf': '1', 'content-type': 'multipart/form-data; boundary=x' },
        400,
        /not multipart/,
      ],
    ];
    const before = await dbFingerprint(server);
    for (const [client, body, query, headers, status, message] of cases) {
      const res = await importCsv(server.url, client, body, query, headers);
      expect([res.status, res.body.errors?.[0]?.message], String(message)).toEqual([
        status,
        expect.stringMatching(message),
      ]);
      expect(res.body.errors[0].extensions.requestId).toBeTruthy();
    }
    expect(await dbFingerprint(server)).toBe(before);
  });
});

describe("exporting a unit's children", () => {
  it('writes a UTF-8 CSV with a BOM that Excel opens, Vietnamese by default', async () => {
    const res = await exportCsv(server.url, admin, `${Q}&unit=836&asOf=2023-11-14`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/csv; charset=utf-8');
    expect(res.disposition).toBe('attachment; filename="chitieu-DDDT-2023-836-2023-11-14.csv"');
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Mã;Tên;Cấp;Chỉ tiêu;Thu nhận;Tỷ lệ thu nhận (%);Kích hoạt;Tỷ lệ kích hoạt (%);Trạng thái;Số liệu đến ngày',
    );
    const children = (
      await admin.data(
        `{ unit(code: "836") { children { code name progress(campaign: "DDDT-2023", asOf: "2023-11-14") { target collected activated } } } }`,
      )
    ).unit.children;
    expect(lines).toHaveLength(children.length + 1);
    const tanXuan = children.find((c: any) => c.code === '29119');
    const row = lines.find((l) => l.startsWith('29119;'))!.split(';');
    expect(row.slice(0, 5)).toEqual([
      '29119',
      'Xã Tân Xuân',
      'Xã',
      String(tanXuan.progress.target),
      String(tanXuan.progress.collected),
    ]);
    expect(row[5]).toMatch(/^\d+,\d\d$/);
    expect(row[9]).toBe('14/11/2023');
  });

  it("speaks English on request in the same dialect (semicolons, decimal commas), and keeps to the reader's scope", async () => {
    const en = await exportCsv(server.url, analyst, `${Q}&unit=83&asOf=2023-11-14&lang=en`);
    expect([...en.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = en.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Code;Name;Level;Target;Collected;Collected rate (%);Activated;Activated rate (%);State;As of',
    );
    expect(lines).toHaveLength(10);
    expect(lines.find((l) => l.startsWith('837;'))).toMatch(
      /^837;Huyện Thạnh Phú;District;\d+;\d+;\d+,\d\d;\d+;83,77;/,
    );
    expect((await exportCsv(server.url, official, `${Q}&unit=836`)).status).toBe(403);
    expect((await exportCsv(server.url, official, `${Q}&unit=29119`)).status).toBe(200);
    expect((await exportCsv(server.url, null, `${Q}&unit=836`)).status).toBe(401);
    expect((await exportCsv(server.url, admin, `${Q}&unit=nope`)).status).toBe(404);
    expect((await exportCsv(server.url, admin, `${Q}&unit=836&asOf=14/11/2023`)).status).toBe(400);
  });
});
