import { describe, expect, it } from 'vitest';
import { figuresInline, INLINE_FIGURES, levelPositions, windowsOf } from './figure-windows';
import { visibleRows, type TreeNode } from './tree-model';

const node = (code: string, name: string, childCount = 0): TreeNode => ({
  code,
  name,
  level: 'HAMLET',
  childCount,
  activatedRate: undefined,
});

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

describe('positions of the rows drawn in their long level', () => {
  const hamlets = Array.from({ length: 300 }, (_, i) => node(`H${i + 1}`, `Ấp ${i + 1}`));
  const root = { ...node('D', 'Huyện', 2), level: 'DISTRICT' as const };
  const small = { ...node('C1', 'Xã nhỏ', 1), level: 'COMMUNE' as const };
  const long = { ...node('C2', 'Xã lớn', 300), level: 'COMMUNE' as const };
  const data = {
    root,
    children: new Map<string, readonly TreeNode[]>([
      ['D', [small, long]],
      ['C1', [node('S1', 'Ấp nhỏ')]],
      ['C2', hamlets],
    ]),
    expanded: new Set(['D', 'C1', 'C2']),
    loading: new Set<string>(),
  };
  const isLong = (code: string) => code === 'C2';
  const levelOf = (code: string) => data.children.get(code);

  it('places each row of a long level, and only those', () => {
    const rows = visibleRows(data);
    // D, C1, S1, C2, then the 300 hamlets: rows 250 to 259 on screen are hamlets 247 to 256.
    const positions = levelPositions(rows.slice(250, 260), isLong, levelOf);
    expect([...positions.keys()]).toEqual(['C2']);
    expect(positions.get('C2')).toEqual(Array.from({ length: 10 }, (_, i) => 246 + i));
    expect(levelPositions(rows.slice(0, 4), isLong, levelOf).size).toBe(0);
  });

  it('finds the place in the level of a row shown under a filter', () => {
    const rows = visibleRows(data, 'ap 29');
    const shown = rows.filter((row) => row.parentCode === 'C2');
    // "29" is in Ấp 29, 129, 229 and 290 to 299: posInSet 1 to 13, places 28, 128, 228, 289…
    const tens = Array.from({ length: 10 }, (_, i) => 290 + i);
    expect(shown.map((row) => row.node.code)).toEqual(['H29', 'H129', 'H229', ...tens.map((n) => `H${n}`)]);
    expect(levelPositions(shown, isLong, levelOf).get('C2')).toEqual([28, 128, 228, ...tens.map((n) => n - 1)]);
    expect(windowsOf(levelPositions(shown.slice(3), isLong, levelOf).get('C2')!)).toEqual([2]);
  });
});
