import { describe, expect, it } from 'vitest';
import { figuresInline, INLINE_FIGURES, windowsOf } from './figure-windows';

describe('figure windows of a long level', () => {
  it('reads a level of a few hundred rows with its figures, a longer one without', () => {
    expect(figuresInline(32)).toBe(true);
    expect(figuresInline(INLINE_FIGURES)).toBe(true);
    expect(figuresInline(INLINE_FIGURES + 1)).toBe(false);
    expect(figuresInline(10_000)).toBe(false);
    expect(figuresInline(undefined)).toBe(true);
  });

  it('asks the windows that hold the rows on screen, each once', () => {
    expect(windowsOf([0, 1, 99])).toEqual([0]);
    expect(windowsOf([95, 96, 100, 130])).toEqual([0, 1]);
    // The end of a 10,000-row level: its last window only.
    expect(windowsOf(Array.from({ length: 60 }, (_, i) => 9_940 + i))).toEqual([99]);
    expect(windowsOf([250, 10, -1, 1.5])).toEqual([0, 2]);
    expect(windowsOf([5, 12], 10)).toEqual([0, 1]);
  });
});
