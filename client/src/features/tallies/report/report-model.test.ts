import { describe, expect, it } from 'vitest';
import { checkRow, initialDraft, reportsToSave, type DraftRow } from './report-model';
import type { HamletSheet } from './sheet-rows';

const hamlet: HamletSheet = {
  code: '2911901',
  name: 'Ấp 1',
  previous: { date: '2023-11-14', collected: 757, activated: 600 },
  onDate: null,
  next: null,
};
const row = (collected: string, activated: string, reason = ''): DraftRow => ({ collected, activated, reason });

describe('initialDraft', () => {
  it('opens with the date’s report when there is one, formatted for the language', () => {
    const draft = initialDraft(
      [
        { ...hamlet, onDate: { collected: 1234, activated: 600 } },
        { ...hamlet, code: 'B' },
      ],
      'vi',
    );
    expect(draft['2911901']).toEqual(row('1.234', '600'));
    expect(draft.B).toEqual(row('', ''));
  });
});

describe('checkRow', () => {
  it('leaves an untouched row alone', () => {
    const check = checkRow(hamlet, row('', ''));
    expect(check).toMatchObject({ changed: false, dirty: false, problems: {}, counts: null });
  });

  it('accepts a day’s counts and computes the change since the previous report', () => {
    const check = checkRow(hamlet, row('800', '650'));
    expect(check).toMatchObject({
      changed: true,
      dirty: true,
      problems: {},
      needsReason: false,
      counts: { collected: 800, activated: 650 },
    });
    expect(check.change).toEqual({ collected: 43, activated: 50 });
  });

  it('puts activated above collected on the activated cell', () => {
    const check = checkRow(hamlet, row('800', '900'));
    expect(check.problems.activated?.vi).toMatch(/kích hoạt không được lớn hơn/i);
    expect(check.problems.activated?.en).toMatch(/cannot exceed collected/);
    expect(check.problems.collected).toBeUndefined();
  });

  it('asks for both counts and for numbers it can read', () => {
    expect(checkRow(hamlet, row('800', '')).problems.activated?.en).toBe('Enter both counts.');
    expect(checkRow(hamlet, row('8,5', '700')).problems.collected?.en).toMatch(/Not a whole number/);
  });

  it('asks for a reason when a count goes below the previous report, and accepts one', () => {
    const lower = checkRow(hamlet, row('700', '600'));
    expect(lower.needsReason).toBe(true);
    expect(lower.problems.collected?.vi).toMatch(/cần ghi lý do/);
    const explained = checkRow(hamlet, row('700', '600', 'Nhập trùng hôm qua'));
    expect(explained.problems).toEqual({});
    expect(explained.needsReason).toBe(true);
  });

  it('does not resend the date’s report unchanged, nor let it be cleared', () => {
    const saved = { ...hamlet, onDate: { collected: 800, activated: 650 } };
    expect(checkRow(saved, row('800', '650'))).toMatchObject({ changed: false, dirty: false, problems: {} });
    expect(checkRow(saved, row('', '')).problems.collected?.en).toMatch(/cannot be removed|not removed/);
  });
});

describe('reportsToSave', () => {
  it('sends the changed rows with their reasons', () => {
    const other: HamletSheet = { ...hamlet, code: 'B', previous: null };
    const draft = { [hamlet.code]: row('700', '600', ' nhầm '), B: row('', '') };
    const checks = [checkRow(hamlet, draft[hamlet.code]), checkRow(other, draft.B)];
    expect(reportsToSave(checks, draft)).toEqual([
      { unit: hamlet.code, collected: 700, activated: 600, reason: 'nhầm' },
    ]);
  });
});

describe('replace-with-expected', () => {
  it('names the date’s report the row was shown as the one it replaces, and nothing for a first report', () => {
    const saved = { ...hamlet, onDate: { collected: 800, activated: 650 } };
    const draft = { [hamlet.code]: row('810', '655') };
    expect(reportsToSave([checkRow(saved, draft[hamlet.code])], draft)).toEqual([
      { unit: hamlet.code, collected: 810, activated: 655, expected: { collected: 800, activated: 650 } },
    ]);
    expect(reportsToSave([checkRow(hamlet, draft[hamlet.code])], draft)).toEqual([
      { unit: hamlet.code, collected: 810, activated: 655 },
    ]);
  });

  it('keeps what the row was shown when the record moved under it', () => {
    const moved = { ...hamlet, onDate: { collected: 805, activated: 650 } };
    const check = checkRow(moved, row('810', '655'), { collected: 800, activated: 650 });
    expect(check.expected).toEqual({ collected: 800, activated: 650 });
  });
});

describe('an unusual gain', () => {
  const usual = { ...hamlet, typicalGain: { collected: 7, activated: 6 }, daysSincePrevious: 1 };

  it('warns on the cell, in both languages, without a problem: the row is still saved', () => {
    const check = checkRow(usual, row('960', '606'));
    expect(check.warnings.collected?.vi).toMatch(/^Tăng 203, cao bất thường/);
    expect(check.warnings.collected?.en).toMatch(/^Up 203, far above usual/);
    expect(check.warnings.activated).toBeUndefined();
    expect(check).toMatchObject({ changed: true, problems: {} });
  });

  it('says nothing for a usual day, nor without history', () => {
    expect(checkRow(usual, row('787', '630')).warnings).toEqual({});
    expect(checkRow(hamlet, row('960', '606')).warnings).toEqual({});
  });
});
