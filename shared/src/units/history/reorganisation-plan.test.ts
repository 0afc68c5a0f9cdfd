import { describe, expect, it } from 'vitest';
import { communeOfHamlet, hamletsWithoutCommune } from './hamlets';
import { predecessorsOf, successorsOf } from './lineage';
import { mappingRow, type ReorganisationRow } from './mapping';
import { applyReorganisation } from './reorganisation-apply';
import type { ReorganisationPlan } from './plan-description';
import { planReorganisation } from './reorganisation-plan';
import { treeOnDate } from './tree-on-date';
import { unitHistory, versionInForce } from './unit-history';
import type { UnitVersion } from './validity';

// A made-up province: P > D1 > C1 (h1..h4), C2 (h5, h6); P > D2 > C3 (h7).
const v = (code: string, level: UnitVersion['level'], parentCode: string | null, name = code): UnitVersion =>
  Object.freeze({ code, name, level, parentCode, validFrom: '2020-01-01', validTo: null });
const start = unitHistory(
  Object.freeze([
    v('P', 'PROVINCE', null),
    v('D1', 'DISTRICT', 'P'),
    v('D2', 'DISTRICT', 'P'),
    v('C1', 'COMMUNE', 'D1', 'Xã Một'),
    v('C2', 'COMMUNE', 'D1', 'Xã Hai'),
    v('C3', 'COMMUNE', 'D2', 'Xã Ba'),
    ...['h1', 'h2', 'h3', 'h4'].map((h) => v(h, 'HAMLET', 'C1')),
    v('h5', 'HAMLET', 'C2'),
    v('h6', 'HAMLET', 'C2'),
    v('h7', 'HAMLET', 'C3'),
  ]),
);
const DATE = '2025-07-01';
const tree = treeOnDate(start, '2025-06-30');
let line = 0;
const row = (
  r: Omit<Parameters<typeof mappingRow>[0], 'line' | 'effectiveDate' | 'legalBasis'> & Partial<ReorganisationRow>,
) => mappingRow({ line: ++line, effectiveDate: DATE, legalBasis: 'Nghị quyết 1/2025', ...r });

function planOf(rows: ReorganisationRow[]): ReorganisationPlan {
  const outcome = planReorganisation(tree, rows);
  if (!outcome.ok) throw new Error(outcome.conflicts.map((c) => c.messageEn).join('\n'));
  return outcome.plan;
}
function conflictsOf(rows: ReorganisationRow[], lastReportDate: string | null = null) {
  const outcome = planReorganisation(tree, rows, { lastReportDate });
  return outcome.ok ? [] : outcome.conflicts.map((c) => [c.line, c.code]);
}

describe('planReorganisation: a split with hamlet assignments', () => {
  const rows = [
    row({ kind: 'SPLIT_INTO', oldCode: 'C1', newCode: 'C1', hamlets: ['h1', 'h2'] }),
    row({ kind: 'SPLIT_INTO', oldCode: 'C1', newCode: 'C9', newName: 'Xã Chín', hamlets: ['h3', 'h4'] }),
  ];
  const plan = planOf(rows);
  const after = applyReorganisation(start, plan);

  it('says which hamlets go where, what starts and ends, and the events', () => {
    expect(plan.splits).toEqual([
      {
        code: 'C1',
        into: [
          { code: 'C1', hamlets: ['h1', 'h2'] },
          { code: 'C9', hamlets: ['h3', 'h4'] },
        ],
      },
    ]);
    expect(plan.hamlets).toEqual([
      { hamlet: 'h1', fromCommune: 'C1', toCommune: 'C1' },
      { hamlet: 'h2', fromCommune: 'C1', toCommune: 'C1' },
      { hamlet: 'h3', fromCommune: 'C1', toCommune: 'C9' },
      { hamlet: 'h4', fromCommune: 'C1', toCommune: 'C9' },
    ]);
    expect(plan.versionsToEnd.map((x) => x.code).sort()).toEqual(['C1', 'h3', 'h4']);
    expect(plan.versionsToCreate.map((x) => [x.code, x.parentCode, x.validFrom])).toEqual([
      ['C1', 'D1', DATE],
      ['C9', 'D1', DATE],
      ['h3', 'C9', DATE],
      ['h4', 'C9', DATE],
    ]);
    expect(plan.events.map((e) => [e.kind, e.fromCode, e.toCodes])).toEqual([
      ['SPLIT_INTO', 'C1', ['C1', 'C9']],
      ['MOVED_UNDER', 'h3', ['h3']],
      ['MOVED_UNDER', 'h4', ['h4']],
    ]);
  });

  it('once applied, keeps the old tree readable and puts each hamlet in exactly one commune on both dates', () => {
    expect(communeOfHamlet(after, 'h3', '2025-06-30')?.code).toBe('C1');
    expect(communeOfHamlet(after, 'h3', DATE)?.name).toBe('Xã Chín');
    expect(communeOfHamlet(after, 'h1', DATE)?.validFrom).toBe(DATE);
    for (const date of ['2025-06-30', DATE]) expect(hamletsWithoutCommune(treeOnDate(after, date))).toEqual([]);
    const oldC1 = versionInForce(after, 'C1', '2025-06-30')!;
    expect(oldC1.validTo).toBe(DATE);
    expect(successorsOf(after, oldC1).map((l) => [l.kind, l.version.code, l.version.validFrom])).toEqual([
      ['SPLIT_INTO', 'C1', DATE],
      ['SPLIT_INTO', 'C9', DATE],
    ]);
    expect(
      predecessorsOf(after, versionInForce(after, 'C9', DATE)!).map((l) => [l.kind, l.version.code, l.version.validTo]),
    ).toEqual([['SPLIT_INTO', 'C1', DATE]]);
  });

  it('refuses to apply the same plan twice', () => {
    expect(() => applyReorganisation(after, plan)).toThrow(/already ended/);
  });
});

describe('planReorganisation: merges, renames, moves, creations and abolitions', () => {
  it('merges into a unit that keeps its code, giving it a new version and moving the merged hamlets', () => {
    const plan = planOf([
      row({ kind: 'MERGED_INTO', oldCode: 'C2', newCode: 'C1' }),
      row({ kind: 'MERGED_INTO', oldCode: 'C1', newCode: 'C1' }),
    ]);
    expect(plan.merges).toEqual([{ code: 'C1', name: 'Xã Một', from: ['C2', 'C1'] }]);
    expect(plan.hamlets.filter((h) => h.fromCommune !== h.toCommune).map((h) => h.hamlet)).toEqual(['h5', 'h6']);
    expect(plan.hamlets).toHaveLength(6);
  });

  it('renames without touching the hamlets, and moves a commune with its hamlets under another district', () => {
    const plan = planOf([
      row({ kind: 'RENAMED', oldCode: 'C2', newName: 'Phường Hai' }),
      row({ kind: 'MOVED_UNDER', oldCode: 'C3', newParentCode: 'D1' }),
    ]);
    expect(plan.renames).toEqual([{ code: 'C2', fromName: 'Xã Hai', toCode: 'C2', toName: 'Phường Hai' }]);
    expect(plan.moves).toEqual([{ code: 'C3', fromParent: 'D2', toParent: 'D1' }]);
    expect(plan.versionsToCreate.map((x) => x.code)).toEqual(['C2', 'C3']);
  });

  it('abolishes the district level: a new province, communes moved under it, districts abolished with their successors named', () => {
    const plan = planOf([
      row({ kind: 'CREATED', newCode: 'Q', newName: 'Tỉnh Mới', newLevel: 'PROVINCE' }),
      row({ kind: 'ABOLISHED', oldCode: 'P' }),
      row({ kind: 'ABOLISHED', oldCode: 'D1' }),
      row({ kind: 'ABOLISHED', oldCode: 'D2' }),
      row({ kind: 'MERGED_INTO', oldCode: 'C1', newCode: 'C1', newParentCode: 'Q' }),
      row({ kind: 'MERGED_INTO', oldCode: 'C2', newCode: 'C1', newParentCode: 'Q' }),
      row({ kind: 'MOVED_UNDER', oldCode: 'C3', newParentCode: 'Q' }),
    ]);
    expect(plan.created).toEqual(['Q']);
    expect(plan.abolished).toEqual([
      { code: 'P', successors: ['Q'] },
      { code: 'D1', successors: ['C1'] },
      { code: 'D2', successors: ['C3'] },
    ]);
    const after = applyReorganisation(start, plan);
    expect(communeOfHamlet(after, 'h5', DATE)?.parentCode).toBe('Q');
    expect(successorsOf(after, versionInForce(after, 'D1', '2025-06-30')!).map((l) => l.version.code)).toEqual(['C1']);
    expect(predecessorsOf(after, versionInForce(after, 'C1', DATE)!).map((l) => l.version.code)).toEqual(['C1', 'C2']);
  });
});

describe('planReorganisation: hamlets with rows of their own, and codes reused within one mapping', () => {
  it('abolishes a commune whose hamlets each move under another commune, naming those communes as its successors', () => {
    const plan = planOf([
      row({ kind: 'ABOLISHED', oldCode: 'C2' }),
      row({ kind: 'MOVED_UNDER', oldCode: 'h5', newParentCode: 'C1' }),
      row({ kind: 'MOVED_UNDER', oldCode: 'h6', newParentCode: 'C3' }),
    ]);
    expect(plan.abolished).toEqual([{ code: 'C2', successors: ['C1', 'C3'] }]);
    expect(plan.hamlets).toEqual([
      { hamlet: 'h5', fromCommune: 'C2', toCommune: 'C1' },
      { hamlet: 'h6', fromCommune: 'C2', toCommune: 'C3' },
    ]);
  });

  it('refuses a hamlet that a split assigns while a row of its own takes it elsewhere', () => {
    expect(
      conflictsOf([
        row({ kind: 'MOVED_UNDER', oldCode: 'h4', newParentCode: 'C2' }),
        row({ kind: 'SPLIT_INTO', oldCode: 'C1', newCode: 'C1', hamlets: ['h1', 'h2'] }),
        row({ kind: 'SPLIT_INTO', oldCode: 'C1', newCode: 'C9', newName: 'Xã Chín', hamlets: ['h3', 'h4'] }),
      ]),
    ).toEqual([[line, 'HAMLET_GIVEN_TWICE']]);
  });

  it('lets a code pass to another unit on the same day: C2 into C3 while C1 takes the code C2', () => {
    const plan = planOf([
      row({ kind: 'MERGED_INTO', oldCode: 'C2', newCode: 'C3', newParentCode: 'D2' }),
      row({ kind: 'MERGED_INTO', oldCode: 'C3', newCode: 'C3' }),
      row({ kind: 'RENAMED', oldCode: 'C1', newCode: 'C2', newName: 'Xã Hai Mới' }),
    ]);
    const after = applyReorganisation(start, plan);
    expect(communeOfHamlet(after, 'h5', DATE)?.code).toBe('C3');
    expect(communeOfHamlet(after, 'h1', DATE)?.name).toBe('Xã Hai Mới');
    const newC2 = versionInForce(after, 'C2', DATE)!;
    expect(predecessorsOf(after, newC2).map((l) => [l.kind, l.version.code, l.version.name])).toEqual([
      ['RENAMED', 'C1', 'Xã Một'],
    ]);
    expect(
      successorsOf(after, versionInForce(after, 'C2', '2025-06-30')!).map((l) => [l.kind, l.version.code]),
    ).toEqual([['MERGED_INTO', 'C3']]);
  });
});

describe('planReorganisation: conflicts, per row, and nothing planned', () => {
  it('an unknown old code, or a row missing what its kind needs', () => {
    expect(conflictsOf([row({ kind: 'MERGED_INTO', oldCode: 'C404', newCode: 'C1' })])).toEqual([
      [line, 'UNKNOWN_OLD_CODE'],
    ]);
    expect(conflictsOf([row({ kind: 'MERGED_INTO', oldCode: 'C2' })])).toEqual([[line, 'CELL_MISSING']]);
    expect(conflictsOf([row({ kind: 'ABOLISHED', oldCode: 'h7', newCode: 'h8', legalBasis: ' ' })])).toEqual([
      [line, 'CELL_NOT_ALLOWED'],
      [line, 'CELL_MISSING'],
    ]);
  });

  it('a split without hamlet assignments, a hamlet given twice, left without a commune, or not in the split unit', () => {
    expect(conflictsOf([row({ kind: 'SPLIT_INTO', oldCode: 'C1', newCode: 'C9' })])).toEqual([
      [line, 'SPLIT_WITHOUT_HAMLETS'],
    ]);
    const twice = [
      row({ kind: 'SPLIT_INTO', oldCode: 'C1', newCode: 'C1', hamlets: ['h1', 'h2'] }),
      row({ kind: 'SPLIT_INTO', oldCode: 'C1', newCode: 'C9', newName: 'Xã Chín', hamlets: ['h2', 'h3', 'h4'] }),
    ];
    expect(conflictsOf(twice)).toEqual([[line, 'HAMLET_GIVEN_TWICE']]);
    const leftOut = [
      row({ kind: 'SPLIT_INTO', oldCode: 'C1', newCode: 'C1', hamlets: ['h1', 'h2'] }),
      row({ kind: 'SPLIT_INTO', oldCode: 'C1', newCode: 'C9', newName: 'Xã Chín', hamlets: ['h3', 'h7'] }),
    ];
    expect(conflictsOf(leftOut)).toEqual([
      [line - 1, 'HAMLET_WITHOUT_COMMUNE'],
      [line, 'HAMLET_NOT_IN_UNIT'],
    ]);
    expect(conflictsOf([row({ kind: 'ABOLISHED', oldCode: 'C3' })])).toEqual([[line, 'HAMLET_WITHOUT_COMMUNE']]);
    expect(conflictsOf([row({ kind: 'MOVED_UNDER', oldCode: 'h7', newParentCode: 'D2' })])).toEqual([
      [line, 'HAMLET_WITHOUT_COMMUNE'],
    ]);
  });

  it('a new code that clashes with a unit in force, or that rows describe differently', () => {
    expect(conflictsOf([row({ kind: 'MERGED_INTO', oldCode: 'C2', newCode: 'C1' })])).toEqual([
      [line, 'NEW_CODE_IN_FORCE'],
    ]);
    expect(
      conflictsOf([
        row({ kind: 'CREATED', newCode: 'C3', newName: 'Xã Mới', newLevel: 'COMMUNE', newParentCode: 'D2' }),
      ]),
    ).toEqual([[line, 'NEW_CODE_IN_FORCE']]);
    const apart = [
      row({ kind: 'MERGED_INTO', oldCode: 'C1', newCode: 'C8', newName: 'Xã Tám' }),
      row({ kind: 'MERGED_INTO', oldCode: 'C2', newCode: 'C8', newName: 'Xã Tam' }),
    ];
    expect(conflictsOf(apart)).toEqual([[line, 'NEW_UNIT_DISAGREES']]);
    const renamedTwice = [
      row({ kind: 'RENAMED', oldCode: 'C1', newCode: 'C8', newName: 'Xã Tám' }),
      row({ kind: 'MERGED_INTO', oldCode: 'C2', newCode: 'C8', newName: 'Xã Tám' }),
    ];
    expect(conflictsOf(renamedTwice)).toEqual([[line, 'NEW_CODE_TWICE']]);
    expect(
      conflictsOf([
        row({ kind: 'RENAMED', oldCode: 'C1', newName: 'A' }),
        row({ kind: 'MOVED_UNDER', oldCode: 'C1', newParentCode: 'D2' }),
      ]),
    ).toEqual([[line, 'OLD_CODE_TWICE']]);
  });

  it("an effective date not after a report stored under the old tree, or not the plan's", () => {
    const merge = () => [
      row({ kind: 'MERGED_INTO', oldCode: 'C2', newCode: 'C1' }),
      row({ kind: 'MERGED_INTO', oldCode: 'C1', newCode: 'C1' }),
    ];
    expect(conflictsOf(merge(), '2025-06-30')).toEqual([]);
    expect(conflictsOf(merge(), DATE)).toEqual([
      [line - 1, 'REPORT_AFTER_EFFECTIVE_DATE'],
      [line, 'REPORT_AFTER_EFFECTIVE_DATE'],
    ]);
    expect(conflictsOf([row({ kind: 'RENAMED', oldCode: 'C1', newName: 'A', effectiveDate: '2025-07-02' })])).toEqual([
      [line, 'EFFECTIVE_DATE_DIFFERS'],
    ]);
  });

  it('cycles in parents, parents not in force, and parents not above', () => {
    expect(conflictsOf([row({ kind: 'MOVED_UNDER', oldCode: 'D1', newParentCode: 'C1' })])).toEqual([
      [line, 'PARENT_CYCLE'],
    ]);
    const eachOther = [
      row({ kind: 'CREATED', newCode: 'X', newName: 'X', newLevel: 'DISTRICT', newParentCode: 'Y' }),
      row({ kind: 'CREATED', newCode: 'Y', newName: 'Y', newLevel: 'DISTRICT', newParentCode: 'X' }),
    ];
    expect(conflictsOf(eachOther)).toEqual([
      [line - 1, 'PARENT_CYCLE'],
      [line, 'PARENT_CYCLE'],
    ]);
    expect(conflictsOf([row({ kind: 'MOVED_UNDER', oldCode: 'C3', newParentCode: 'D9' })])).toEqual([
      [line, 'UNKNOWN_PARENT'],
    ]);
    expect(conflictsOf([row({ kind: 'MOVED_UNDER', oldCode: 'C3', newParentCode: 'h1' })])).toEqual([
      [line, 'PARENT_LEVEL'],
    ]);
    expect(conflictsOf([row({ kind: 'ABOLISHED', oldCode: 'D2' })])).toEqual([[line, 'UNIT_WITHOUT_PARENT']]);
  });

  it('changes nothing it is given, conflicts or not (the tree and its versions are frozen here)', () => {
    const before = JSON.stringify(start.versions);
    expect(conflictsOf([row({ kind: 'ABOLISHED', oldCode: 'C3' })])).toHaveLength(1);
    planOf([
      row({ kind: 'MERGED_INTO', oldCode: 'C2', newCode: 'C1' }),
      row({ kind: 'MERGED_INTO', oldCode: 'C1', newCode: 'C1' }),
    ]);
    expect(JSON.stringify(start.versions)).toBe(before);
  });

  it('says every conflict in Vietnamese first and in English, naming the codes', () => {
    const outcome = planReorganisation(tree, [
      row({ kind: 'MERGED_INTO', oldCode: 'C404', newCode: 'C1' }),
      row({ kind: 'ABOLISHED', oldCode: 'C3' }),
    ]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.conflicts.map((c) => [c.messageVi, c.messageEn])).toEqual([
      [
        'Mã cũ C404 không phải đơn vị nào đang có hiệu lực ngày 2025-06-30.',
        'Old code C404 names no unit in force on 2025-06-30.',
      ],
      ['h7 (của C3) sẽ không thuộc xã nào.', 'h7 (of C3) would belong to no commune.'],
    ]);
  });
});
