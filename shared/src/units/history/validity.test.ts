import { describe, expect, it } from 'vitest';
import { predecessorsOn, successorsOn } from './lineage';
import { ancestorsOf, childrenOf, parentOf } from './relatives';
import { ancestorsIn, childrenIn, descendantsAt, parentIn, treeOnDate } from './tree-on-date';
import { childrenInForce, unitHistory, versionInForce } from './unit-history';
import { dateWithinValidity, isInForce, lastDayInForce, validityProblems, type UnitVersion } from './validity';

const version = (
  code: string,
  validFrom: string | null,
  validTo: string | null,
  parentCode: string | null = null,
  name = code,
): UnitVersion => ({ code, name, level: parentCode === null ? 'PROVINCE' : 'COMMUNE', parentCode, validFrom, validTo });

describe('validity: [validFrom, validTo), validTo exclusive', () => {
  const v = version('28810', '2024-12-01', '2025-07-01');

  it('is in force from its first day up to the day before validTo', () => {
    expect(isInForce(v, '2024-11-30')).toBe(false);
    expect(isInForce(v, '2024-12-01')).toBe(true);
    expect(isInForce(v, '2025-06-30')).toBe(true);
    expect(isInForce(v, '2025-07-01')).toBe(false);
    expect(lastDayInForce(v)).toBe('2025-06-30');
    expect(isInForce(version('83', null, null), '1900-01-01')).toBe(true);
  });

  it("reads relatives on a day of the version's own validity", () => {
    expect(dateWithinValidity(v, '2023-11-14')).toBe('2024-12-01');
    expect(dateWithinValidity(v, '2025-01-01')).toBe('2025-01-01');
    expect(dateWithinValidity(v, '2026-12-08')).toBe('2025-06-30');
  });

  it('finds overlapping and empty validities of one code', () => {
    const chain = [
      version('28810', null, '2024-12-01'),
      version('28810', '2024-12-01', '2025-07-01'),
      version('28810', '2025-07-01', null),
    ];
    expect(validityProblems(chain)).toEqual([]);
    expect(validityProblems([...chain.slice(0, 2), version('28810', '2025-06-01', null)])).toEqual([
      { code: '28810', problem: 'OVERLAP' },
    ]);
    expect(validityProblems([version('1', '2025-01-01', '2025-01-01')])).toEqual([{ code: '1', problem: 'EMPTY' }]);
  });
});

describe('the tree in force on a date', () => {
  // Code C is reused: an old commune under A until 2025-07-01, a new one under B from then on.
  const history = unitHistory([
    version('A', null, '2025-07-01'),
    version('B', '2025-07-01', null),
    version('C', null, '2025-07-01', 'A', 'Old C'),
    version('C', '2025-07-01', null, 'B', 'New C'),
    version('D', null, null, 'A'),
  ]);

  it('answers the version of a code in force on each date, or none', () => {
    expect(versionInForce(history, 'C', '2025-06-30')?.name).toBe('Old C');
    expect(versionInForce(history, 'C', '2025-07-01')?.name).toBe('New C');
    expect(versionInForce(history, 'B', '2025-06-30')).toBeNull();
    expect(versionInForce(history, 'Z', '2025-06-30')).toBeNull();
  });

  it('gives parents, children and ancestors of that date only', () => {
    const before = treeOnDate(history, '2025-06-30');
    const after = treeOnDate(history, '2025-07-01');
    expect(childrenIn(before, 'A').map((v) => v.code)).toEqual(['C', 'D']);
    expect(childrenIn(after, 'B').map((v) => v.name)).toEqual(['New C']);
    expect(childrenInForce(history, 'A', '2025-07-01').map((v) => v.code)).toEqual(['D']);
    expect(parentIn(after, versionInForce(history, 'D', '2025-07-01')!)).toBeNull();
    expect(ancestorsIn(before, versionInForce(history, 'C', '2025-06-30')!).map((v) => v.code)).toEqual(['A']);
    expect(descendantsAt(after, 'B', 'COMMUNE').map((v) => v.name)).toEqual(['New C']);
  });

  it("reads a version's relatives on a day of its own validity, whatever date is asked", () => {
    const oldC = versionInForce(history, 'C', '2025-06-30')!;
    expect(parentOf(history, oldC, '2026-12-08')?.code).toBe('A');
    expect(ancestorsOf(history, oldC, '2026-12-08').map((v) => v.code)).toEqual(['A']);
    const newC = versionInForce(history, 'C', '2025-07-01')!;
    expect(parentOf(history, newC, '2023-11-14')?.code).toBe('B');
    expect(childrenOf(history, versionInForce(history, 'A', '2025-06-30')!, '2026-12-08').map((v) => v.name)).toEqual([
      'Old C',
      'D',
    ]);
  });

  it('links nothing without events: the reused code is not its own successor', () => {
    const old = versionInForce(history, 'C', '2025-06-30')!;
    expect(successorsOn(history, old, '2025-07-01')).toEqual([]);
    expect(predecessorsOn(history, versionInForce(history, 'C', '2025-07-01')!, '2025-06-30')).toEqual([]);
  });
});
