import { describe, expect, it } from 'vitest';
import { parseCsv } from '../common/csv';
import {
  parseCount,
  parseReportDate,
  readTallyHeader,
  readTallyRow,
  reportDateProblem,
  type TallyCsvRow,
} from './csv-rows';
import { planHamletImport, splitDuplicates, summarizeImport, type ExistingReport } from './import-plan';

const row = (
  line: number,
  date: string,
  collected: number,
  activated: number,
  reason: string | null = null,
): TallyCsvRow => ({ line, unit: 'h1', date, collected, activated, reason });
const rec = (date: string, collected: number, activated: number, reason: string | null = null): ExistingReport => ({
  date,
  collected,
  activated,
  reason,
});

describe('reading a tally file', () => {
  it('maps Vietnamese and English headers in any order, and ignores extra columns', () => {
    const vi = readTallyHeader(['Mã ấp', 'Tên ấp', 'Ngày', 'Thu nhận', 'Kích hoạt', 'Lý do']);
    expect(vi.ok && vi.header.columns).toEqual({ hamlet: 0, date: 2, collected: 3, activated: 4, reason: 5 });
    expect(vi.ok && vi.header.ignored).toEqual(['Tên ấp']);
    const en = readTallyHeader(['date', 'HAMLET', 'activated', 'collected']);
    expect(en.ok && en.header.columns).toEqual({ hamlet: 1, date: 0, collected: 3, activated: 2, reason: null });
    const bad = readTallyHeader(['hamlet', 'date', 'collected']);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.messageEn).toMatch(/activated/);
  });

  it('reads counts and dates as offices type them', () => {
    expect(['812', ' 1.234 ', '1,234', '1 234', '1.234.567'].map(parseCount)).toEqual([
      812, 1234, 1234, 1234, 1_234_567,
    ]);
    expect(['abc', '1.5', '-3', '', '12,34', '1.234,567'].map(parseCount)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(['2023-11-15', '15/11/2023', '5/9/2023', '15-11-2023', '15.11.2023'].map(parseReportDate)).toEqual([
      '2023-11-15',
      '2023-11-15',
      '2023-09-05',
      '2023-11-15',
      '2023-11-15',
    ]);
    expect(['31/02/2023', '2023/11/15', 'hôm nay'].map(parseReportDate)).toEqual([null, null, null]);
  });

  it('turns each record into a row or a rejection naming every bad cell', () => {
    const [head, ...records] = parseCsv(
      'Mã ấp;Ngày;Thu nhận;Kích hoạt;Lý do\nh1;15/11/2023;812;640;\nh2;hôm qua;mười;5;x\n',
    );
    const header = readTallyHeader(head!.fields);
    if (!header.ok) throw new Error('header');
    expect(readTallyRow(records[0]!, header.header)).toEqual({
      ok: true,
      row: { line: 2, unit: 'h1', date: '2023-11-15', collected: 812, activated: 640, reason: null },
    });
    const bad = readTallyRow(records[1]!, header.header);
    expect(!bad.ok && bad.rejected.line).toBe(3);
    expect(!bad.ok && bad.rejected.problems.map((p) => p.field)).toEqual(['date', 'collected']);
  });

  it('refuses text nobody types in a reason or a code, as the GraphQL inputs do', () => {
    const header = readTallyHeader(['hamlet', 'date', 'collected', 'activated', 'reason']);
    if (!header.ok) throw new Error('header');
    for (const [code, reason, field] of [
      ['h1', 'sửa\u0000', 'reason'],
      ['h1', '\u0007chuông', 'reason'],
      ['h1', '\u001B[31m', 'reason'],
      ['h1', 'x\uD800', 'reason'],
      ['h\u0000', 'ok', 'hamlet'],
    ]) {
      const read = readTallyRow({ line: 2, fields: [code!, '2023-11-15', '5', '4', reason!] }, header.header);
      expect(read.ok, JSON.stringify(reason)).toBe(false);
      const problem = !read.ok ? read.rejected.problems[0] : undefined;
      expect(problem?.field).toBe(field);
      expect(problem?.messageVi).toMatch(/ký tự/);
      expect(problem?.messageEn).toMatch(/control character|broken Unicode/);
    }
    // Tabs and line breaks inside a quoted reason are text people type.
    expect(readTallyRow({ line: 2, fields: ['h1', '2023-11-15', '5', '4', 'dòng 1\ndòng\t2'] }, header.header).ok).toBe(
      true,
    );
  });

  it('keeps report dates inside the window', () => {
    const window = { today: '2023-11-15', campaignStart: '2023-09-01', earliest: '2023-11-08' };
    expect(reportDateProblem('2023-11-15', window)).toBeNull();
    expect(reportDateProblem('2023-11-16', window)?.messageEn).toMatch(/future/);
    expect(reportDateProblem('2023-08-31', window)?.messageEn).toMatch(/before the campaign/);
    expect(reportDateProblem('2023-11-01', window)?.messageEn).toMatch(/from 2023-11-08/);
  });
});

describe('planning an import', () => {
  it('refuses repeated hamlet and date rows after the first', () => {
    const { unique, rejected } = splitDuplicates([
      row(2, '2023-11-14', 1, 1),
      row(3, '2023-11-14', 2, 2),
      row(4, '2023-11-15', 3, 3),
    ]);
    expect(unique.map((r) => r.line)).toEqual([2, 4]);
    expect(rejected).toEqual([
      {
        line: 3,
        unit: 'h1',
        date: '2023-11-14',
        problems: [expect.objectContaining({ field: 'row', messageEn: 'Same hamlet and date as line 2.' })],
      },
    ]);
  });

  it('tells creations, updates and unchanged rows apart', () => {
    const plan = planHamletImport(
      [rec('2023-11-13', 10, 5), rec('2023-11-14', 20, 10)],
      [row(2, '2023-11-14', 20, 10), row(3, '2023-11-15', 25, 12), row(4, '2023-11-13', 12, 6)],
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.planned.map((p) => [p.row.line, p.outcome])).toEqual([
      [2, 'unchanged'],
      [3, 'create'],
      [4, 'update'],
    ]);
    expect(summarizeImport(3, plan.planned, 0)).toEqual({
      rowsRead: 3,
      wouldCreate: 1,
      wouldUpdate: 1,
      unchanged: 1,
      rejected: 0,
    });
  });

  it('judges rows against the series as it will stand, not as it stands', () => {
    // On record 14-11 says 100; the file moves 14-11 down to 50 with a reason and adds 13-11 = 40:
    // 13-11 is checked against the new 14-11 (50), so it needs no reason.
    const plan = planHamletImport(
      [rec('2023-11-12', 30, 30), rec('2023-11-14', 100, 90)],
      [row(2, '2023-11-13', 40, 35), row(3, '2023-11-14', 50, 45, 'nhập nhầm')],
    );
    expect(plan.rejected).toEqual([]);
    // Without the correction, 13-11 = 120 is above the later 14-11 on record and needs a reason.
    const refused = planHamletImport([rec('2023-11-14', 100, 90)], [row(2, '2023-11-13', 120, 10)]);
    expect(refused.rejected[0]?.problems.map((p) => p.field)).toEqual(['collected']);
  });

  it('refuses activated above collected without blaming the neighbours', () => {
    const plan = planHamletImport([], [row(2, '2023-11-13', 10, 20), row(3, '2023-11-14', 15, 15)]);
    expect(plan.rejected.map((r) => [r.line, r.problems.map((p) => p.field)])).toEqual([[2, ['activated']]]);
    expect(plan.planned.map((p) => p.row.line)).toEqual([3]);
  });

  it('counts a changed reason alone as an update, and an empty one as unchanged', () => {
    const existing = [rec('2023-11-14', 10, 5, 'cũ')];
    expect(planHamletImport(existing, [row(2, '2023-11-14', 10, 5)]).planned[0]?.outcome).toBe('unchanged');
    expect(planHamletImport(existing, [row(2, '2023-11-14', 10, 5, 'mới')]).planned[0]?.outcome).toBe('update');
  });
});
