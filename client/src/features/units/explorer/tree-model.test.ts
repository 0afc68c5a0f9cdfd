import { describe, expect, it } from 'vitest';
import { findByPrefix, visibleRows, type TreeData, type TreeNode } from './tree-model';

const node = (code: string, name: string, level: TreeNode['level'], childCount = 0): TreeNode => ({
  code,
  name,
  level,
  childCount,
  activatedRate: 0.5,
});

const province = node('83', 'Tỉnh Bến Tre', 'PROVINCE', 2);
const baTri = node('836', 'Huyện Ba Tri', 'DISTRICT', 1);
const thanhPhu = node('837', 'Huyện Thạnh Phú', 'DISTRICT', 1);
const tanXuan = node('29119', 'Xã Tân Xuân', 'COMMUNE', 0);

const data = (expanded: string[]): TreeData => ({
  root: province,
  children: new Map([
    ['83', [baTri, thanhPhu]],
    ['836', [tanXuan]],
  ]),
  expanded: new Set(expanded),
  loading: new Set(['837']),
});

describe('visibleRows', () => {
  it('lists expanded rows depth first with their ARIA levels and positions', () => {
    const rows = visibleRows(data(['83', '836']));
    expect(rows.map((r) => [r.node.code, r.depth, r.expanded, r.posInSet, r.setSize])).toEqual([
      ['83', 1, true, 1, 1],
      ['836', 2, true, 1, 2],
      ['29119', 3, undefined, 1, 1],
      ['837', 2, false, 2, 2],
    ]);
    expect(rows[3]?.loading).toBe(true);
  });

  it('hides the children of collapsed rows', () => {
    expect(visibleRows(data(['83'])).map((r) => r.node.code)).toEqual(['83', '836', '837']);
  });

  it('filters without diacritics and opens the way to a match', () => {
    const rows = visibleRows(data([]), 'tan xuan');
    expect(rows.map((r) => r.node.code)).toEqual(['83', '836', '29119']);
    expect(visibleRows(data(['83']), 'khong co')).toEqual([]);
  });
});

describe('type-to-find', () => {
  const rows = visibleRows(data(['83', '836']));
  const names = rows.map((row) => row.node.name);

  it('finds the next row whose name starts with the letters, with or without its kind and diacritics', () => {
    expect(names).toEqual(['Tỉnh Bến Tre', 'Huyện Ba Tri', 'Xã Tân Xuân', 'Huyện Thạnh Phú']);
    expect(findByPrefix(rows, 'tha', 0)).toBe(3);
    expect(findByPrefix(rows, 'Thạnh p', 0)).toBe(3);
    expect(findByPrefix(rows, 'huyen', 2)).toBe(3);
    expect(findByPrefix(rows, 'huyen', 4)).toBe(1); // wraps around
    expect(findByPrefix(rows, 'tan x', 0)).toBe(2);
    expect(findByPrefix(rows, 'qz', 0)).toBe(-1);
  });
});
