import { describe, expect, it } from 'vitest';
import { findFirstList, flattenResult, sortRows } from './flatten';

const ranking = {
  ranking: {
    totalCount: 3,
    nodes: [
      {
        rank: 1,
        unit: { code: '832', name: 'Huyện Thạnh Phú' },
        progress: { activatedRate: 0.8377, state: 'ON_TRACK' },
      },
      {
        rank: 2,
        unit: { code: '835', name: 'Huyện Châu Thành' },
        progress: { activatedRate: 0.7981, state: 'ON_TRACK' },
      },
      { rank: 3, unit: { code: '836', name: 'Huyện Ba Tri' }, progress: null },
    ],
  },
};

describe('the results table', () => {
  it('finds the first list in field order and spreads nested objects into dotted columns', () => {
    const table = flattenResult(ranking)!;
    expect(table.path).toBe('ranking.nodes');
    expect(table.columns.map((c) => c.key)).toEqual([
      'rank',
      'unit.code',
      'unit.name',
      'progress.activatedRate',
      'progress.state',
      'progress',
    ]);
    expect(table.rows[0]).toEqual([1, '832', 'Huyện Thạnh Phú', 0.8377, 'ON_TRACK', null]);
    expect(table.rows[2]).toEqual([3, '836', 'Huyện Ba Tri', null, null, null]);
    expect(table.columns.filter((c) => c.numeric).map((c) => c.key)).toEqual(['rank', 'progress.activatedRate']);
  });

  it('takes a result without a list as one row, and a list of scalars as one column', () => {
    expect(flattenResult({ today: '2023-11-15', me: { username: 'analyst' } })).toEqual({
      path: '',
      columns: [
        { key: 'today', numeric: false },
        { key: 'me.username', numeric: false },
      ],
      rows: [['2023-11-15', 'analyst']],
    });
    expect(flattenResult({ a: { codes: ['83', '831'] } })?.rows).toEqual([['83'], ['831']]);
    expect(findFirstList({ x: 1, y: { z: [] } })?.path).toEqual(['y', 'z']);
    expect(flattenResult(null)).toBeNull();
  });

  it('keeps lists inside a row as text', () => {
    const table = flattenResult({ units: [{ code: '83', tags: ['a', 'b'], children: [{ code: '831' }] }] })!;
    expect(table.rows[0]).toEqual(['83', 'a, b', '[{"code":"831"}]']);
  });

  it('sorts numbers as numbers and text in Vietnamese order, empty cells last', () => {
    const table = flattenResult(ranking)!;
    const rate = table.columns.findIndex((c) => c.key === 'progress.activatedRate');
    expect(sortRows(table.rows, rate, 'ascending').map((r) => r[0])).toEqual([2, 1, 3]);
    expect(sortRows(table.rows, rate, 'descending').map((r) => r[0])).toEqual([1, 2, 3]);
    const name = table.columns.findIndex((c) => c.key === 'unit.name');
    expect(sortRows(table.rows, name, 'ascending').map((r) => r[2])).toEqual([
      'Huyện Ba Tri',
      'Huyện Châu Thành',
      'Huyện Thạnh Phú',
    ]);
  });
});
