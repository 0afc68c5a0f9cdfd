import { describe, expect, it } from 'vitest';
import { splitEqually, splitLargestRemainder } from './split';

describe('largest-remainder split', () => {
  it('sums exactly to the total and follows the weights', () => {
    const parts = splitLargestRemainder(
      930_767,
      [124_499, 273_488, 169_456, 148_981, 174_027, 131_964, 190_316, 127_651, 140_437],
    );
    expect(parts.reduce((a, b) => a + b, 0)).toBe(930_767);
    expect(parts.every((p) => Number.isInteger(p))).toBe(true);
    expect(parts[1]).toBeGreaterThan(parts[0] ?? Infinity);
  });

  it('gives the leftover units to the largest remainders', () => {
    expect(splitLargestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitLargestRemainder(7, [3, 2, 2])).toEqual([3, 2, 2]);
    expect(splitLargestRemainder(5, [0.5, 0.3, 0.2])).toEqual([3, 1, 1]);
  });

  it('splits equally when no weight is given, and never goes negative', () => {
    expect(splitLargestRemainder(5, [0, 0])).toEqual([3, 2]);
    expect(splitEqually(100, 3)).toEqual([34, 33, 33]);
    expect(splitLargestRemainder(0, [5, 1])).toEqual([0, 0]);
  });

  it('rejects what cannot be split', () => {
    expect(() => splitLargestRemainder(-1, [1])).toThrow(RangeError);
    expect(() => splitLargestRemainder(1.5, [1])).toThrow(RangeError);
    expect(() => splitLargestRemainder(3, [])).toThrow(RangeError);
    expect(() => splitLargestRemainder(3, [1, -1])).toThrow(RangeError);
    expect(splitLargestRemainder(0, [])).toEqual([]);
  });
});
