import { describe, expect, it } from 'vitest';
import { replaceConflicts } from './replace';

const stored = { collected: 1_200, activated: 900 };

describe('replace-with-expected', () => {
  it('lets the first report of a day in with nothing expected', () => {
    expect(replaceConflicts({ unit: 'h', collected: 5, activated: 1 }, null)).toEqual([]);
  });

  it('lets a report replace the one its sender was shown', () => {
    expect(replaceConflicts({ unit: 'h', collected: 1_300, activated: 950, expected: stored }, stored)).toEqual([]);
  });

  it('takes a repeat of the counts on record (a retried save) as no conflict', () => {
    expect(replaceConflicts({ unit: 'h', ...stored }, stored)).toEqual([]);
  });

  it('refuses a blind replace, cell by cell, with both values in both languages', () => {
    const cells = replaceConflicts({ unit: 'h', collected: 1_250, activated: 900 }, stored);
    expect(cells.map((c) => [c.field, c.expected, c.stored, c.sent])).toEqual([
      ['collected', null, 1_200, 1_250],
      ['activated', null, 900, 900],
    ]);
    expect(cells[0]!.messageVi).toBe('Đã có người khác lưu 1.200 cho ngày này trong lúc bạn nhập; số bạn gửi: 1.250.');
    expect(cells[0]!.messageEn).toBe('Someone else saved 1,200 for this day while you were typing; you sent 1,250.');
  });

  it('refuses a stale expected on the cells that moved only', () => {
    const cells = replaceConflicts(
      { unit: 'h', collected: 1_260, activated: 905, expected: { collected: 1_100, activated: 900 } },
      stored,
    );
    expect(cells).toEqual([
      {
        unit: 'h',
        field: 'collected',
        expected: 1_100,
        stored: 1_200,
        sent: 1_260,
        messageVi: 'Số đã lưu đổi thành 1.200 trong lúc bạn nhập (bạn thấy 1.100); số bạn gửi: 1.260.',
        messageEn: 'The saved figure changed to 1,200 while you were typing (you saw 1,100); you sent 1,260.',
      },
    ]);
  });
});
