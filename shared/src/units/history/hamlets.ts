import type { IsoDate } from '../../common/dates';
import { LEAF_LEVEL } from '../levels';
import { ancestorOfAt } from './relatives';
import { ancestorAt, descendantsAt, type TreeOnDate } from './tree-on-date';
import { versionInForce, type UnitHistory } from './unit-history';
import type { UnitVersion } from './validity';

/**
 * Hamlets are the atoms: tallies are per hamlet, and on any date each hamlet belongs to exactly one
 * commune (its nearest COMMUNE above in the tree of that date). A reorganisation moves hamlets
 * whole; it never divides one. So any unit's figures on any tree are the sum over the hamlets under
 * it on that tree's date.
 */

/** The commune version a hamlet belongs to on a date; null when the hamlet is not in force then. */
export function communeOfHamlet(history: UnitHistory, hamletCode: string, date: IsoDate): UnitVersion | null {
  const hamlet = versionInForce(history, hamletCode, date);
  if (hamlet === null || hamlet.level !== LEAF_LEVEL) return null;
  return ancestorOfAt(history, hamlet, 'COMMUNE', date);
}

/** The hamlet codes under a unit in a tree, sorted: its extent on that tree's date. */
export function hamletsUnder(tree: TreeOnDate, code: string): string[] {
  return descendantsAt(tree, code, LEAF_LEVEL).map((h) => h.code);
}

/**
 * The hamlets of a tree that belong to no commune that day (their parents do not lead to one).
 * Two communes at once cannot happen inside one tree (one version per code, one parent each).
 */
export function hamletsWithoutCommune(tree: TreeOnDate): string[] {
  return [...tree.byCode.values()]
    .filter((v) => v.level === LEAF_LEVEL && ancestorAt(tree, v, 'COMMUNE') === null)
    .map((v) => v.code);
}
