import { addDays, type IsoDate } from '../../common/dates';
import { LEAF_LEVEL } from '../levels';
import { type ReorganisationConflict } from './conflicts';
import { placeChildren, type FollowingMove } from './child-placement';
import type { ReorganisationRow } from './mapping';
import { describePlan, type ReorganisationPlan } from './plan-description';
import { hamletsLeftOut, startedVersionConflicts, type StartedVersion } from './new-tree-checks';
import { newUnits } from './new-units';
import { repeatedOldCodes, rowDateConflicts, rowShapeConflicts } from './row-checks';
import { descendantsAt, treeOf, unitIn, type TreeOnDate } from './tree-on-date';
import type { UnitVersion } from './validity';

export type ReorganisationOutcome =
  { ok: true; plan: ReorganisationPlan } | { ok: false; conflicts: ReorganisationConflict[] };

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
export function planReorganisation(
  tree: TreeOnDate,
  rows: readonly ReorganisationRow[],
  options: ReorganisationOptions = {},
): ReorganisationOutcome {
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
  const after = treeOf(effectiveDate, [
    ...[...tree.byCode.values()].filter((v) => !ending.has(v.code)),
    ...started.map((s) => s.version),
  ]);
  const touched = touchedHamlets(tree, readable, ending);
  conflicts.push(...startedVersionConflicts(after, started), ...hamletsLeftOut(after, touched));
  if (conflicts.length > 0) return { ok: false, conflicts: distinct(conflicts).sort((a, b) => a.line - b.line) };

  return {
    ok: true,
    plan: describePlan({
      before: tree,
      after,
      rows: readable,
      units: made.units,
      moves: placed.moves,
      ended: [...ending.values()],
      touched,
      started,
    }),
  };
}

/** The conflicts once each (a hamlet left behind is seen both where its unit's rows are and in the new tree). */
function distinct(conflicts: readonly ReorganisationConflict[]): ReorganisationConflict[] {
  return [...new Map(conflicts.map((c) => [`${c.line} ${c.code} ${c.messageEn}`, c])).values()];
}

function endedVersions(
  tree: TreeOnDate,
  rows: readonly ReorganisationRow[],
  moves: readonly FollowingMove[],
): Map<string, UnitVersion> {
  const ending = new Map<string, UnitVersion>();
  for (const row of rows) if (row.oldCode !== null) ending.set(row.oldCode, unitIn(tree, row.oldCode)!);
  for (const move of moves) ending.set(move.from.code, move.from);
  return ending;
}

/**
 * The hamlets that must still have a commune on the effective date: those under an ended unit the
 * day before (hamlets ended by an ABOLISHED row of their own excepted), with the line that touched them.
 */
function touchedHamlets(
  tree: TreeOnDate,
  rows: readonly ReorganisationRow[],
  ending: ReadonlyMap<string, UnitVersion>,
): Map<string, StartedVersion> {
  const abolished = new Set(rows.filter((r) => r.kind === 'ABOLISHED').map((r) => r.oldCode));
  const lineOf = new Map(rows.filter((r) => r.oldCode !== null).map((r) => [r.oldCode!, r.line]));
  const out = new Map<string, StartedVersion>();
  for (const [code, version] of ending) {
    const hamlets = version.level === LEAF_LEVEL ? [version] : descendantsAt(tree, code, LEAF_LEVEL);
    for (const h of hamlets) {
      if (!out.has(h.code) && !abolished.has(h.code))
        out.set(h.code, { version: h, line: lineOf.get(h.code) ?? lineOf.get(code) ?? 0 });
    }
  }
  return out;
}
