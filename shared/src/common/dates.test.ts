import { describe, expect, it } from 'vitest';
import { addDays, dateRange, daysBetween, isIsoDate, todayInVietnam } from './dates';

describe('calendar dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2023-11-14')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-30', '2023-13-01', '2023-1-5', '14-11-2023', '2023-11-14T00:00', '', 'x']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('counts 31 days from 14-11 to the 15-12 deadline', () => {
    expect(daysBetween('2023-11-14', '2023-12-15')).toBe(31);
    expect(daysBetween('2023-12-16', '2023-12-15')).toBe(-1);
  });

  it('adds days across months and years', () => {
    expect(addDays('2023-11-14', 7)).toBe('2023-11-21');
    expect(addDays('2023-11-14', -14)).toBe('2023-10-31');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(dateRange('2023-09-29', '2023-10-02')).toEqual(['2023-09-29', '2023-09-30', '2023-10-01', '2023-10-02']);
    expect(dateRange('2023-10-02', '2023-10-01')).toEqual([]);
  });

  it('takes today in Vietnam, seven hours ahead of UTC', () => {
    expect(todayInVietnam(new Date('2023-11-14T16:59:59Z'))).toBe('2023-11-14');
    expect(todayInVietnam(new Date('2023-11-14T17:00:00Z'))).toBe('2023-11-15');
  });

  it('refuses to compute with a malformed date', () => {
    expect(() => addDays('2023-02-30', 1)).toThrow(RangeError);
  });
});
