import { describe, expect, it } from 'vitest';
import {
  applyProposal,
  checkTargets,
  initialTargetDraft,
  proposeSplit,
  readConflictChanges,
  rebaseDraft,
  type TargetRow,
} from './targets-model';

const rows: TargetRow[] = [
  { code: 'A', name: 'Xã A', population: 3000, saved: 300 },
  { code: 'B', name: 'Xã B', population: 1000, saved: 100 },
  { code: 'C', name: 'Xã C', population: 2000, saved: 200 },
];

describe('checkTargets', () => {
  it('sums the cells live and shows the remainder, negative when over-allocated', () => {
    const draft = initialTargetDraft(rows, 'vi');
    expect(checkTargets(1000, rows, draft)).toMatchObject({
      allocated: 600,
      unallocated: 400,
      changed: [],
      dirty: false,
    });
    const over = checkTargets(1000, rows, { ...draft, A: '1.000' });
    expect(over).toMatchObject({
      allocated: 1300,
      unallocated: -300,
      changed: [{ unit: 'A', target: 1000 }],
      dirty: true,
    });
  });

  it('marks a cell that is not a whole target and leaves it out of the sum', () => {
    const check = checkTargets(1000, rows, { A: '300', B: 'mười', C: '-5' });
    expect([...check.problems.keys()]).toEqual(['B', 'C']);
    expect(check.problems.get('B')?.en).toMatch(/whole number/);
    expect(check.allocated).toBe(300);
    expect(check.dirty).toBe(true);
  });
});

describe('proposeSplit', () => {
  const check = checkTargets(1000, rows, initialTargetDraft(rows, 'vi'));
  it('splits equally, by population or by the current targets, summing exactly to the parent', () => {
    expect(proposeSplit(1000, rows, check, 'EQUAL')).toEqual({ ok: true, parts: [334, 333, 333] });
    expect(proposeSplit(1000, rows, check, 'POPULATION')).toEqual({ ok: true, parts: [500, 167, 333] });
    expect(proposeSplit(1001, rows, check, 'CURRENT')).toEqual({ ok: true, parts: [500, 167, 334] });
  });
  it('refuses a population split when a child has no population', () => {
    const outcome = proposeSplit(
      1000,
      [...rows, { code: 'D', name: 'Xã D', population: null, saved: 0 }],
      check,
      'POPULATION',
    );
    expect(outcome.ok).toBe(false);
  });
  it('writes a proposal into the grid', () => {
    expect(applyProposal(rows, [500, 1500, 0], 'vi')).toEqual({ A: '500', B: '1.500', C: '0' });
  });
});

describe('readConflictChanges', () => {
  it('keeps the well-formed changes', () => {
    const changes = readConflictChanges([
      {
        version: '3',
        unit: 'A',
        name: 'Xã A',
        oldTarget: 300,
        newTarget: 350,
        by: 'admin',
        at: '2023-11-15T03:00:00Z',
      },
      { junk: true },
    ]);
    expect(changes).toEqual([
      { unit: 'A', name: 'Xã A', oldTarget: 300, newTarget: 350, by: 'admin', at: '2023-11-15T03:00:00Z' },
    ]);
    expect(readConflictChanges(null)).toEqual([]);
  });
});

describe('rebaseDraft', () => {
  it('keeps the user’s edits and takes the newer targets elsewhere', () => {
    const newer = rows.map((row) => (row.code === 'C' ? { ...row, saved: 207 } : row));
    const draft = { A: '305', B: '100', C: '200' };
    expect(rebaseDraft(rows, newer, draft, 'vi')).toEqual({ A: '305', B: '100', C: '207' });
  });
});
