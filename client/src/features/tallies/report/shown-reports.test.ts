import { describe, expect, it } from 'vitest';
import { followRecord, rebaseShown, shownOf } from './shown-reports';
import type { HamletSheet } from './sheet-rows';

const sheet = (code: string, onDate: HamletSheet['onDate']): HamletSheet => ({
  code,
  name: code,
  previous: null,
  onDate,
  next: null,
});

describe('what each row was shown', () => {
  it('follows the record on rows nobody typed in, never on rows typed in', () => {
    const shown = shownOf([sheet('A', null), sheet('B', { collected: 5, activated: 1 })]);
    const now = [sheet('A', { collected: 7, activated: 2 }), sheet('B', { collected: 9, activated: 1 })];
    expect(followRecord(now, shown, new Set(['B'])).map((r) => r.code)).toEqual(['A']);
    expect(followRecord(now, shown, new Set(['A', 'B']))).toEqual([]);
  });

  it('takes a conflict’s stored values, keeping the cells it does not list', () => {
    const shown = shownOf([sheet('A', { collected: 5, activated: 1 }), sheet('B', null)]);
    const next = rebaseShown(shown, [
      { unit: 'A', field: 'collected', stored: 8 },
      { unit: 'B', field: 'collected', stored: 3 },
      { unit: 'B', field: 'activated', stored: 2 },
    ]);
    expect(next.get('A')).toEqual({ collected: 8, activated: 1 });
    expect(next.get('B')).toEqual({ collected: 3, activated: 2 });
  });
});
