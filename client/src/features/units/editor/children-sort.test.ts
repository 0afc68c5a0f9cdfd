import { describe, expect, it } from 'vitest';
import { sortChildren, type ChildRow } from './children-sort';

const row = (name: string, activatedRate: number | null, extra: Partial<ChildRow> = {}): ChildRow => ({
  code: name,
  name,
  target: 100,
  collected: 90,
  activated: 50,
  collectedRate: 0.9,
  activatedRate,
  remaining: 50,
  stateRank: 1,
  ...extra,
});

const rows = [
  row('Huyện Thạnh Phú', 0.8377),
  row('Huyện Ba Tri', 0.5685),
  row('Huyện Mỏ Cày Bắc', 0.6836),
  row('Ấp mới', null),
];

describe('sortChildren', () => {
  it('puts the lowest activation rate first, empty rates last', () => {
    expect(sortChildren(rows, 'activatedRate', 'ascending').map((r) => r.name)).toEqual([
      'Huyện Ba Tri',
      'Huyện Mỏ Cày Bắc',
      'Huyện Thạnh Phú',
      'Ấp mới',
    ]);
    expect(sortChildren(rows, 'activatedRate', 'descending').map((r) => r.name)[0]).toBe('Huyện Thạnh Phú');
    expect(sortChildren(rows, 'activatedRate', 'descending').map((r) => r.name)[3]).toBe('Ấp mới');
  });

  it('sorts names the Vietnamese way, numbers inside names numerically', () => {
    const hamlets = [row('Ấp 10', 1), row('Ấp 2', 1), row('Ấp 1', 1)];
    expect(sortChildren(hamlets, 'name', 'ascending').map((r) => r.name)).toEqual(['Ấp 1', 'Ấp 2', 'Ấp 10']);
  });
});
