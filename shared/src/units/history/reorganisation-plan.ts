import { addDays, type IsoDate } from '../../common/dates';
import { LEAF_LEVEL } from '../levels';
import { type ReorganisationConflict } from './conflicts';
import { placeChildren, type FollowingMove } from './child-placement';
import type { UnitEvent } from './events';
import type { ReorganisationRow } from './mapping';
import { abolishedSuccessors, hamletsLeftOut, startedVersionConflicts, type StartedVersion } from './new-tree-checks';
import { newUnits, type NewUnit } from './new-units';
import { repeatedOldCodes, rowDateConflicts, rowShapeConflicts, targetCode } from './row-checks';
import { ancestorAt, descendantsAt, treeOf, unitIn, type TreeOnDate } from './tree-on-date';
import type { UnitVersion } from './validity';

/** Where one hamlet is the day before and on the effective date (commune codes). */
export interface HamletMove {
  hamlet: string;
  fromCommune: string | null;
  toCommune: string | null;
}

/**
 * What a reorganisation will do, before it is applied (the dry run). `versionsToEnd` are versions
 * in force the day before that get validTo = effectiveDate; `versionsToCreate` start on it.
 */
export interface ReorganisationPlan {
  effectiveDate: IsoDate;
  /** New units made by merging, with the old codes merged into each. */
  merges: { code: string; name: string; from: string[] }[];
  splits: { code: string; into: { code: string; hamlets: string[] }[] }[];
  renames: { code: string; fromName: string; toCode: string; toName: string }[];
  moves: { code: string; fromParent: string | null; toParent: string | null }[];
  created: string[];
  abolished: { code: string; successors: string[] }[];
  /** Every hamlet whose commune version changes, with its commune before and after. */
  hamlets: HamletMove[];
  versionsToEnd: UnitVersion[];
  versionsToCreate: UnitVersion[];
  events: UnitEvent[];
}

export type ReorganisationOutcome = { ok: true; plan: ReorganisationPlan } | { ok: false; conflicts: ReorganisationConflict[] };

export interface ReorganisationOptions {
  /** The latest report stored under the old tree: the effective date must be after it. */
  lastReportDate?: IsoDate | null;
}

/**
 * Plans a reorganisation of `tree` (the tree in force the day before the effective date) from its
 * mapping rows. It changes nothing: it answers the plan, or every conflict of every row (the plan
 * applies only when there is none). The rules of the rows are in units/history/mapping; what a
 * conflict means is in its message.
 */
export function planReorganisation(tree: TreeOnDate, rows: readonly ReorganisationRow[], options: ReorganisationOptions = {}): ReorganisationOutcome {
  const effectiveDate = addDays(tree.date, 1);
  const conflicts: ReorganisationConflict[] = [];
  const shaped = rows.filter((row) => {
    const shape = rowShapeConflicts(tree, row);
    conflicts.push(...shape, ...rowDateConflicts(row, effectiveDate, options.lastReportDate ?? null));
    return shape.length === 0;
  });
  const repeated = repeatedOldCodes(shaped);
  conflicts.push(...repeated.values());
  const readable = shaped.filter((row) => !repeated.has(row));
  const made = newUnits(tree, readable, effectiveDate);
  const placed = placeChildren(tree, readable, effectiveDate);
  conflicts.push(...made.conflicts, ...placed.conflicts);

  const ending = endedVersions(tree, readable, placed.moves);
  const started: StartedVersion[] = [
    ...[...made.units.values()].map((u) => ({ version: u.version, line: u.rows[0]!.line })),
    ...placed.moves.map((m) => ({ version: m.to, line: m.row.line })),
  ];
  const after = treeOf(effectiveDate, [...[...tree.byCode.values()].filter((v) => !ending.has(v.code)), ...started.map((s) => s.version)]);
  const touched = touchedHamlets(tree, readable, ending);
  conflicts.push(...startedVersionConflicts(after, started), ...hamletsLeftOut(after, touched));
  if (conflicts.length > 0) return { ok: false, conflicts: distinct(conflicts).sort((a, b) => a.line - b.line) };

  return { ok: true, plan: describe(tree, after, readable, made.units, placed.moves, [...ending.values()], touched, started) };
}

/** The conflicts once each (a hamlet left behind is seen both where its unit's rows are and in the new tree). */
function distinct(conflicts: readonly ReorganisationConflict[]): ReorganisationConflict[] {
  return [...new Map(conflicts.map((c) => [`${c.line} ${c.code} ${c.messageEn}`, c])).values()];
}

function endedVersions(tree: TreeOnDate, rows: readonly ReorganisationRow[], moves: readonly FollowingMove[]): Map<string, UnitVersion> {
  const ending = new Map<string, UnitVersion>();
  for (const row of rows) if (row.oldCode !== null) ending.set(row.oldCode, unitIn(tree, row.oldCode)!);
  for (const move of moves) ending.set(move.from.code, move.from);
  return ending;
}

/**
 * The hamlets that must still have a commune on the effective date: those under an ended unit the
 * day before (hamlets ended by an ABOLISHED row of their own excepted), with the line that touched them.
 */
function touchedHamlets(tree: TreeOnDate, rows: readonly ReorganisationRow[], ending: ReadonlyMap<string, UnitVersion>): Map<string, StartedVersion> {
  const abolished = new Set(rows.filter((r) => r.kind === 'ABOLISHED').map((r) => r.oldCode));
  const lineOf = new Map(rows.filter((r) => r.oldCode !== null).map((r) => [r.oldCode!, r.line]));
  const out = new Map<string, StartedVersion>();
  for (const [code, version] of ending) {
    const hamlets = version.level === LEAF_LEVEL ? [version] : descendantsAt(tree, code, LEAF_LEVEL);
    for (const h of hamlets) {
      if (!out.has(h.code) && !abolished.has(h.code)) out.set(h.code, { version: h, line: lineOf.get(h.code) ?? lineOf.get(code) ?? 0 });
    }
  }
  return out;
}

function describe(
  before: TreeOnDate,
  after: TreeOnDate,
  rows: readonly ReorganisationRow[],
  units: ReadonlyMap<string, NewUnit>,
  moves: readonly FollowingMove[],
  versionsToEnd: UnitVersion[],
  touched: ReadonlyMap<string, StartedVersion>,
  started: readonly StartedVersion[],
): ReorganisationPlan {
  const date = after.date;
  const old = (code: string) => unitIn(before, code)!;
  const of = (kind: ReorganisationRow['kind']) => rows.filter((r) => r.kind === kind);
  const splitCodes = [...new Set(of('SPLIT_INTO').map((r) => r.oldCode!))];
  const abolished = of('ABOLISHED').map((r) => ({ code: r.oldCode!, successors: abolishedSuccessors(before, after, old(r.oldCode!)), row: r }));
  const communeOn = (tree: TreeOnDate, code: string) => {
    const hamlet = unitIn(tree, code);
    return hamlet === null ? null : (ancestorAt(tree, hamlet, 'COMMUNE')?.code ?? null);
  };
  const hamlets = [...touched.keys()].sort().map((hamlet) => ({ hamlet, fromCommune: communeOn(before, hamlet), toCommune: communeOn(after, hamlet) }));
  const startedCodes = new Set(started.map((s) => s.version.code));
  const event = (row: ReorganisationRow, fromCode: string | null, toCodes: string[]): UnitEvent => ({ kind: row.kind, date, legalBasis: row.legalBasis, fromCode, toCodes });
  return {
    effectiveDate: date,
    merges: [...units.values()]
      .filter((u) => u.rows.some((r) => r.kind === 'MERGED_INTO'))
      .map((u) => ({ code: u.version.code, name: u.version.name, from: u.rows.filter((r) => r.kind === 'MERGED_INTO').map((r) => r.oldCode!) })),
    splits: splitCodes.map((code) => ({ code, into: of('SPLIT_INTO').filter((r) => r.oldCode === code).map((r) => ({ code: r.newCode!, hamlets: [...r.hamlets] })) })),
    renames: of('RENAMED').map((r) => ({ code: r.oldCode!, fromName: old(r.oldCode!).name, toCode: targetCode(r)!, toName: r.newName! })),
    moves: of('MOVED_UNDER').map((r) => ({ code: r.oldCode!, fromParent: old(r.oldCode!).parentCode, toParent: r.newParentCode })),
    created: of('CREATED').map((r) => r.newCode!),
    abolished: abolished.map(({ code, successors }) => ({ code, successors })),
    hamlets: hamlets.filter((h) => h.fromCommune !== h.toCommune || startedCodes.has(h.hamlet) || startedCodes.has(h.toCommune ?? '')),
    versionsToEnd,
    versionsToCreate: started.map((s) => s.version),
    events: [
      ...rows.filter((r) => r.kind !== 'SPLIT_INTO' && r.kind !== 'ABOLISHED').map((r) => event(r, r.oldCode, [targetCode(r)!])),
      ...splitCodes.map((code) => {
        const parts = of('SPLIT_INTO').filter((r) => r.oldCode === code);
        return event(parts[0]!, code, parts.map((r) => r.newCode!));
      }),
      ...abolished.map(({ code, successors, row }) => event(row, code, successors)),
      ...moves.map((m) => ({ kind: 'MOVED_UNDER' as const, date, legalBasis: m.row.legalBasis, fromCode: m.from.code, toCodes: [m.to.code] })),
    ],
  };
}
