import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatRate } from './vi';

describe('vi-VN formatting', () => {
  it('writes counts, rates and dates as Vietnamese officials do', () => {
    expect(formatCount(930_767)).toBe('930.767');
    expect(formatRate(822_139 / 930_767)).toBe('88,33%');
    expect(formatRate(663_614 / 930_767)).toBe('71,30%');
    expect(formatDate('2023-11-14')).toBe('14/11/2023');
    expect(formatRate(null)).toBe('—');
  });

  it('has an English form', () => {
    expect(formatCount(930_767, 'en')).toBe('930,767');
    expect(formatRate(0.883292, 'en')).toBe('88.33%');
  });
});
