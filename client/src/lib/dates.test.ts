import { describe, expect, it } from 'vitest';
import { parseViDate } from './dates';

describe('parseViDate', () => {
  it('reads day-first dates and ISO dates', () => {
    expect(parseViDate('31/10/2023')).toBe('2023-10-31');
    expect(parseViDate(' 1-9-2023 ')).toBe('2023-09-01');
    expect(parseViDate('14.11.2023')).toBe('2023-11-14');
    expect(parseViDate('2023-11-15')).toBe('2023-11-15');
  });
  it('refuses what is not a calendar date', () => {
    expect(parseViDate('31/11/2023')).toBeNull();
    expect(parseViDate('10/31/2023')).toBeNull();
    expect(parseViDate('hôm qua')).toBeNull();
    expect(parseViDate('')).toBeNull();
  });
});
