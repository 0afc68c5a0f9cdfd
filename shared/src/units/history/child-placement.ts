import type { IsoDate } from '../../common/dates';
import { LEAF_LEVEL } from '../levels';
import { reorganisationConflict, type ReorganisationConflict } from './conflicts';
import type { ReorganisationRow } from './mapping';
import { targetCode } from './row-checks';
import { childrenIn, unitIn, type TreeOnDate } from './tree-on-date';
import type { UnitVersion } from './validity';

/** A unit that moves because the unit above it ends: its old version, its new one, and why. */
export interface FollowingMove {
  from: UnitVersion;
  to: UnitVersion;
  row: ReorganisationRow;
}

/**
 * Where the children of each ended unit go, for the children that have no row of their own (a
 * merged commune's hamlets, a merged district's communes):
 * - merged, renamed or moved: with their unit, under its new code;
 * - split: to the part whose `hamlets` lists them (each in exactly one part, and only the split
 *   unit's own children may be listed);
 * - abolished: nowhere, which is a conflict (a hamlet left without a commune, or a unit without a
 *   parent): every child of an abolished unit needs a row of its own.
 * A child whose unit keeps its code stays where it is: its parent is a code, and the new version of
 * that code is its parent from the effective date. Any other child gets a new version under its new
 * parent, moved whole with everything under it.
 */
export function placeChildren(
  tree: TreeOnDate,
  rows: readonly ReorganisationRow[],
  effectiveDate: IsoDate,
): { moves: FollowingMove[]; conflicts: ReorganisationConflict[] } {
  const rowsByOld = new Map<string, ReorganisationRow[]>();
  for (const row of rows)
    if (row.oldCode !== null) rowsByOld.set(row.oldCode, [...(rowsByOld.get(row.oldCode) ?? []), row]);
  const moves: FollowingMove[] = [];
  const conflicts: ReorganisationConflict[] = [];
  for (const [oldCode, own] of rowsByOld) {
    const first = own[0]!;
    const children = childrenIn(tree, oldCode);
    if (first.kind === 'SPLIT_INTO') conflicts.push(...splitListConflicts(tree, oldCode, own, rowsByOld));
    for (const child of children) {
      if (rowsByOld.has(child.code)) continue;
      const row = first.kind === 'SPLIT_INTO' ? own.find((r) => r.hamlets.includes(child.code)) : first;
      const to = row === undefined || row.kind === 'ABOLISHED' ? null : targetCode(row);
      if (row === undefined || to === null) {
        conflicts.push(
          child.level === LEAF_LEVEL
            ? reorganisationConflict(first.line, 'HAMLET_WITHOUT_COMMUNE', { hamlet: child.code, code: oldCode })
            : reorganisationConflict(first.line, 'UNIT_WITHOUT_PARENT', { child: child.code, code: oldCode }),
        );
      } else if (to !== oldCode) {
        moves.push({ from: child, to: { ...child, parentCode: to, validFrom: effectiveDate, validTo: null }, row });
      }
    }
  }
  return { moves, conflicts };
}

/** A split's lists: each listed code a child of the split unit, listed once, with no row of its own. */
function splitListConflicts(
  tree: TreeOnDate,
  oldCode: string,
  parts: readonly ReorganisationRow[],
  rowsByOld: ReadonlyMap<string, readonly ReorganisationRow[]>,
): ReorganisationConflict[] {
  const out: ReorganisationConflict[] = [];
  const assignedOn = new Map<string, number>();
  for (const part of parts) {
    for (const hamlet of part.hamlets) {
      const earlier = assignedOn.get(hamlet) ?? rowsByOld.get(hamlet)?.[0]?.line;
      if (unitIn(tree, hamlet)?.parentCode !== oldCode)
        out.push(reorganisationConflict(part.line, 'HAMLET_NOT_IN_UNIT', { hamlet, code: oldCode }));
      else if (earlier !== undefined)
        out.push(reorganisationConflict(part.line, 'HAMLET_GIVEN_TWICE', { hamlet, otherLine: earlier }));
      if (!assignedOn.has(hamlet)) assignedOn.set(hamlet, part.line);
    }
  }
  return out;
}
