import { describe, expect, it } from 'vitest';
import { errorCodes } from '../support/graphql';
import { useServer } from '../support/use-server';

// The report of task 5 of Công văn 7027 (Công an tỉnh reports to UBND tỉnh by 18-12-2023):
// generated as of a date, filed with its snapshot, compared with the previous one, and as CSV.
const { server, admin, official, analyst } = useServer({ logins: ['admin', 'official', 'analyst'] });

const REPORT = `query ($asOf: Date, $level: ReportLevel) { directiveReport(directive: "7027/UBND-KSTT", task: 5, asOf: $asOf, level: $level) {
  directiveNumber issuedBy taskNumber deadline assigneeCode assigneeName asOf level previousAsOf
  total { unitCode target collected activated collectedRate activatedRate collectedChange rank state }
  rows { unitCode unitName target collected activated collectedRate activatedRate collectedChange activatedChange rank state }
  tasks { number kind state percentDone } } }`;
const FILE = `mutation ($asOf: Date) { fileReport(input: { directive: "7027/UBND-KSTT", task: 5, asOf: $asOf }) {
  asOf level filedOn filedBy report { asOf previousAsOf total { collected activated } } } }`;
const TASK5 = `query ($asOf: Date) { directive(number: "7027/UBND-KSTT") { task(number: 5, asOf: $asOf) { state assignments { state percentDone filedReports { asOf filedOn } } } } }`;

function csvUrl(params: Record<string, string>): string {
  return `${server.url}/api/export/directive-report?${new URLSearchParams(params).toString()}`;
}

describe('the report of task 5 as of 14-11-2023', () => {
  it('gives the province and its districts with rates, ranks and the state of every task', async () => {
    const { directiveReport: r } = await admin.data(REPORT, { asOf: '2023-11-14' });
    expect(r).toMatchObject({
      directiveNumber: '7027/UBND-KSTT',
      issuedBy: 'UBND tỉnh Bến Tre',
      taskNumber: 5,
      deadline: '2023-12-18',
      assigneeCode: 'CAT-83',
      assigneeName: 'Công an tỉnh Bến Tre',
      asOf: '2023-11-14',
      level: 'DISTRICT',
      previousAsOf: null,
    });
    expect(r.total).toEqual({
      unitCode: '83',
      target: 930_767,
      collected: 822_139,
      activated: 663_614,
      collectedRate: 822_139 / 930_767,
      activatedRate: 663_614 / 930_767,
      collectedChange: null,
      rank: null,
      state: 'AT_RISK',
    });
    expect(r.rows).toHaveLength(9);
    const rank = new Map(r.rows.map((row: any) => [row.unitCode, row.rank]));
    expect([rank.get('837'), rank.get('831'), rank.get('838'), rank.get('836')]).toEqual([1, 2, 8, 9]);
    expect(r.rows.reduce((s: number, row: any) => s + row.collected, 0)).toBe(822_139);
    expect(r.tasks.map((t: any) => [t.number, t.state])).toEqual([
      [1, 'ON_TRACK'],
      [2, 'AT_RISK'],
      [3, 'ON_TRACK'],
      [4, 'AT_RISK'],
      [5, 'NOT_STARTED'],
    ]);
  });

  it('lists the 157 communes on demand', async () => {
    const { directiveReport: r } = await admin.data(REPORT, { asOf: '2023-11-14', level: 'COMMUNE' });
    expect(r.rows).toHaveLength(157);
    expect(
      r.rows
        .map((row: any) => row.rank)
        .sort((a: number, b: number) => a - b)
        .at(-1),
    ).toBeLessThanOrEqual(157);
    expect(r.rows.reduce((s: number, row: any) => s + row.activated, 0)).toBe(663_614);
  });

  it('is readable by the analyst, not by the official of a commune', async () => {
    expect((await analyst.data(REPORT, { asOf: '2023-11-14' })).directiveReport.total.collected).toBe(822_139);
    expect(errorCodes(await official.request(REPORT, { asOf: '2023-11-14' }))).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await admin.request(`{ directiveReport(directive: "7027/UBND-KSTT", task: 2) { asOf } }`)),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

describe('filing the report', () => {
  it('refuses the analyst and the official, a future date and a task that is not a report', async () => {
    expect(errorCodes(await analyst.request(FILE, { asOf: '2023-11-14' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await official.request(FILE, { asOf: '2023-11-14' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await admin.request(FILE, { asOf: '2023-11-16' }))).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await admin.request(`mutation { fileReport(input: { directive: "7027/UBND-KSTT", task: 4 }) { asOf } }`),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect((await admin.data(TASK5, { asOf: '2023-11-15' })).directive.task.assignments[0].filedReports).toEqual([]);
  });

  it('keeps the snapshot and marks the line DONE from the day it is filed', async () => {
    const { fileReport } = await admin.data(FILE, { asOf: '2023-11-14' });
    expect(fileReport).toEqual({
      asOf: '2023-11-14',
      level: 'DISTRICT',
      filedOn: '2023-11-15',
      filedBy: 'admin',
      report: { asOf: '2023-11-14', previousAsOf: null, total: { collected: 822_139, activated: 663_614 } },
    });
    expect((await admin.data(TASK5, { asOf: '2023-11-15' })).directive.task).toEqual({
      state: 'DONE',
      assignments: [{ state: 'DONE', percentDone: 1, filedReports: [{ asOf: '2023-11-14', filedOn: '2023-11-15' }] }],
    });
    expect((await admin.data(TASK5, { asOf: '2023-11-14' })).directive.task.state).toBe('NOT_STARTED');
  });

  it('shows the change since the previous filed report', async () => {
    const hamlet = (
      await admin.data(
        `{ unit(code: "29119") { children { code progress(campaign: "DDDT-2023", asOf: "2023-11-15") { collected activated } } } }`,
      )
    ).unit.children[0];
    await admin.data(`mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`, {
      input: {
        campaign: 'DDDT-2023',
        date: '2023-11-15',
        reports: [
          { unit: hamlet.code, collected: hamlet.progress.collected + 30, activated: hamlet.progress.activated + 20 },
        ],
      },
    });
    const { directiveReport: r } = await admin.data(REPORT, { asOf: '2023-11-15' });
    expect(r.previousAsOf).toBe('2023-11-14');
    expect(r.total).toMatchObject({ collected: 822_169, collectedChange: 30 });
    const baTri = r.rows.find((row: any) => row.unitCode === '836');
    expect([baTri.collectedChange, baTri.activatedChange]).toEqual([30, 20]);
    expect(r.rows.filter((row: any) => row.unitCode !== '836').every((row: any) => row.collectedChange === 0)).toBe(
      true,
    );
  });
});

describe('the report as CSV', () => {
  it('downloads the one CSV dialect (semicolons, decimal commas, UTF-8 with a BOM, CRLF), one row per district and the total last', async () => {
    const res = await fetch(csvUrl({ directive: '7027/UBND-KSTT', task: '5', asOf: '2023-11-14' }), {
      headers: { cookie: admin.sessionCookie! },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="7027-UBND-KSTT_nv5_2023-11-14_district.csv"',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe(
      'Xếp hạng;Mã đơn vị;Đơn vị;Chỉ tiêu;Thu nhận;Tỷ lệ thu nhận (%);Kích hoạt;Tỷ lệ kích hoạt (%);Thu nhận tăng so với kỳ trước;Kích hoạt tăng so với kỳ trước;Trạng thái',
    );
    expect(lines).toContain('9;836;Huyện Ba Tri;133449;95549;71,60;75866;56,85;;;Có nguy cơ chậm');
    expect(lines.at(-1)).toBe('Tổng cộng;83;Tỉnh Bến Tre;930767;822139;88,33;663614;71,30;;;Có nguy cơ chậm');
  });

  it('answers with a code when the request is not allowed or not valid', async () => {
    const get = (params: Record<string, string>, cookie?: string | null) =>
      fetch(csvUrl(params), { headers: cookie ? { cookie } : {} });
    const ok = { directive: '7027/UBND-KSTT', task: '5', asOf: '2023-11-14' };
    expect((await get(ok)).status).toBe(401);
    const forbidden = await get(ok, official.sessionCookie);
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await get({ ...ok, asOf: '14/11/2023' }, admin.sessionCookie)).status).toBe(400);
    expect((await get({ ...ok, task: '9' }, admin.sessionCookie)).status).toBe(404);
    expect((await get({ ...ok, directive: '1/KHONG-CO' }, admin.sessionCookie)).status).toBe(404);
  });
});
