import { describe, expect, it } from 'vitest';
import { isUnusualGain, typicalDailyGain, unusualGainWarning } from './plausibility';

const series = (start: number, gains: readonly number[]) => {
  let value = start;
  return [
    { date: '2023-10-31', value },
    ...gains.map((g, i) => ({ date: `2023-11-${String(i + 1).padStart(2, '0')}`, value: (value += g) })),
  ];
};

describe('an unusual day', () => {
  it('takes the median of the recent daily gains', () => {
    expect(typicalDailyGain(series(700, [8, 7, 6, 9, 7, 5, 8, 300, 7, 6, 7, 8, 7, 6]), '2023-11-15')).toBe(7);
  });

  it('counts a gain after days without a report per day, and leaves corrections down out', () => {
    // 0-gain days are days without a report: +21 over three days is +7 a day.
    expect(typicalDailyGain(series(700, [7, 0, 0, 21, -5, 12, 7, 7]), '2023-11-15')).toBe(7);
  });

  it('does not judge a hamlet with too little history', () => {
    expect(typicalDailyGain(series(700, [7, 8]), '2023-11-15')).toBeNull();
    expect(isUnusualGain(500, 1, null)).toBe(false);
  });

  it('warns on +203 where +7 is usual, not on +30, nor on small hamlets’ +10', () => {
    expect(isUnusualGain(203, 1, 7)).toBe(true);
    expect(isUnusualGain(30, 1, 7)).toBe(false);
    expect(isUnusualGain(10, 1, 0.5)).toBe(false);
    expect(isUnusualGain(11, 1, 0.5)).toBe(true);
    // The same gain spread over the days since the previous report is usual.
    expect(isUnusualGain(203, 7, 7)).toBe(false);
    expect(isUnusualGain(-50, 1, 7)).toBe(false);
  });

  it('says so in both languages', () => {
    expect(unusualGainWarning(1_203, 7)).toEqual({
      messageVi: 'Tăng 1.203, cao bất thường: ấp này thường tăng khoảng +7 mỗi ngày. Kiểm tra lại; vẫn lưu được.',
      messageEn: 'Up 1,203, far above usual: this hamlet gains about +7 a day. Check it; it can still be saved.',
    });
  });
});
