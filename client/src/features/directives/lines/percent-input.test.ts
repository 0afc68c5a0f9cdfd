import { describe, expect, it } from 'vitest';
import { parsePercent } from './percent-input';

describe('parsePercent', () => {
  it('reads Vietnamese and English decimals, with or without %', () => {
    expect(parsePercent('45')).toBe(0.45);
    expect(parsePercent('45,5')).toBeCloseTo(0.455);
    expect(parsePercent(' 45.5 % ')).toBeCloseTo(0.455);
    expect(parsePercent('100%')).toBe(1);
    expect(parsePercent('0')).toBe(0);
  });

  it('refuses what is not a percent from 0 to 100', () => {
    for (const text of ['', 'abc', '-5', '101', '1.000', '45,5,5']) expect(parsePercent(text)).toBeNull();
  });
});
