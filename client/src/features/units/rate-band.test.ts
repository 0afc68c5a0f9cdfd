import { describe, expect, it } from 'vitest';
import { rateBand } from './rate-band';

describe('rateBand', () => {
  it('bands rates at 100%, 90% and 75%', () => {
    expect(rateBand(1)).toBe('done');
    expect(rateBand(1.08)).toBe('done');
    expect(rateBand(0.9999)).toBe('high');
    expect(rateBand(0.9)).toBe('high');
    expect(rateBand(0.8377)).toBe('mid');
    expect(rateBand(0.75)).toBe('mid');
    expect(rateBand(0.5685)).toBe('low');
    expect(rateBand(0)).toBe('low');
  });
  it('has no band without a rate (a target of 0)', () => {
    expect(rateBand(null)).toBe('none');
    expect(rateBand(undefined)).toBe('none');
  });
});
