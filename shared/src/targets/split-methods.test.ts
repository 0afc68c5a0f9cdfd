import { describe, expect, it } from 'vitest';
import { allocationOf, isTarget, parseVersionToken } from './allocation';
import { splitTarget } from './split-methods';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('split helpers', () => {
  const children = [
    { population: 1000, target: 10 },
    { population: 3000, target: 10 },
    { population: 2000, target: 20 },
  ];

  it('splits equally, by population and by current targets, always summing to the total', () => {
    expect(splitTarget(100, children, 'EQUAL')).toEqual({ ok: true, parts: [34, 33, 33] });
    expect(splitTarget(100, children, 'POPULATION')).toEqual({ ok: true, parts: [17, 50, 33] });
    expect(splitTarget(100, children, 'CURRENT')).toEqual({ ok: true, parts: [25, 25, 50] });
    for (const method of ['EQUAL', 'POPULATION', 'CURRENT'] as const) {
      const out = splitTarget(930_767, children, method);
      expect(out.ok && sum(out.parts)).toBe(930_767);
    }
  });

  it('falls back to equal parts when every current target is 0', () => {
    expect(
      splitTarget(
        5,
        [
          { population: null, target: 0 },
          { population: null, target: 0 },
        ],
        'CURRENT',
      ),
    ).toEqual({ ok: true, parts: [3, 2] });
  });

  it('refuses a population split when a population is unknown, and a split over nothing', () => {
    const out = splitTarget(
      10,
      [
        { population: 5, target: 0 },
        { population: null, target: 0 },
      ],
      'POPULATION',
    );
    expect(out.ok).toBe(false);
    expect(!out.ok && out.reasonEn).toMatch(/population/);
    expect(splitTarget(10, [], 'EQUAL').ok).toBe(false);
    expect(splitTarget(0, [], 'EQUAL')).toEqual({ ok: true, parts: [] });
    expect(splitTarget(-1, children, 'EQUAL').ok).toBe(false);
    expect(splitTarget(1.5, children, 'EQUAL').ok).toBe(false);
  });
});

describe('allocation', () => {
  it('shows the unallocated remainder, negative when over-allocated', () => {
    expect(allocationOf(100, [30, 30])).toEqual({ allocated: 60, unallocated: 40 });
    expect(allocationOf(100, [60, 50])).toEqual({ allocated: 110, unallocated: -10 });
    expect(allocationOf(0, [])).toEqual({ allocated: 0, unallocated: 0 });
  });

  it('knows a target and a version token when it sees one', () => {
    expect([0, 5000, 1_000_000_000].every(isTarget)).toBe(true);
    expect([-1, 1.5, 1_000_000_001, Number.NaN].some(isTarget)).toBe(false);
    expect(parseVersionToken('0')).toBe(0);
    expect(parseVersionToken('17')).toBe(17);
    expect(parseVersionToken('v1')).toBeNull();
    expect(parseVersionToken('')).toBeNull();
  });
});
