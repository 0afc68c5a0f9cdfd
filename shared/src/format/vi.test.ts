import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateTime, formatRate } from './vi';

describe('vi-VN formatting', () => {
  it('writes counts, rates and dates as Vietnamese officials do', () => {
    expect(formatCount(930_767)).toBe('930.767');
    expect(formatRate(822_139 / 930_767)).toBe('88,33%');
    expect(formatRate(663_614 / 930_767)).toBe('71,30%');
    expect(formatDate('2023-11-14')).toBe('14/11/2023');
    expect(formatRate(null)).toBe('—');
  });

  it('writes moments day first with a four-digit year, in Asia/Ho_Chi_Minh', () => {
    expect(formatDateTime('2026-12-07T07:05:09.000Z')).toBe('07/12/2026 14:05:09');
    expect(formatDateTime('2026-12-06T17:00:00Z', { seconds: false })).toBe('07/12/2026 00:00');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('has an English form', () => {
    expect(formatCount(930_767, 'en')).toBe('930,767');
    expect(formatRate(0.883292, 'en')).toBe('88.33%');
  });
});
