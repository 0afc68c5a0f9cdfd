import { LEAF_LEVEL, LEVELS, levelDepth } from '../levels';
import { reorganisationConflict, type ReorganisationConflict } from './conflicts';
import { ancestorAt, ancestorsIn, descendantsAt, parentIn, type TreeOnDate } from './tree-on-date';
import type { UnitVersion } from './validity';

/** A version the plan starts, with the line of the row it comes from. */
export interface StartedVersion {
  version: UnitVersion;
  line: number;
}

/** The codes met going up from a version until it comes back to itself; null when it never does. */
function cycleFrom(tree: TreeOnDate, version: UnitVersion): string[] | null {
  const path = [version.code];
  const seen = new Set(path);
  for (let up = parentIn(tree, version); up !== null; up = parentIn(tree, up)) {
    if (up.code === version.code) return [...path, up.code];
    if (seen.has(up.code)) return null;
    seen.add(up.code);
    path.push(up.code);
  }
  return null;
}

/**
 * The tree of the effective date, checked where the plan changes it: each started version's parent
 * is in force that day, is above it (a commune under a province or a district, never under a
 * hamlet), and no unit ends up under itself.
 */
export function startedVersionConflicts(
  tree: TreeOnDate,
  started: readonly StartedVersion[],
): ReorganisationConflict[] {
  const out: ReorganisationConflict[] = [];
  for (const { version, line } of started) {
    if (version.parentCode === null) continue;
    const parent = parentIn(tree, version);
    const cycle = cycleFrom(tree, version);
    if (parent === null)
      out.push(
        reorganisationConflict(line, 'UNKNOWN_PARENT', {
          code: version.code,
          parentCode: version.parentCode,
          date: tree.date,
        }),
      );
    else if (cycle !== null) out.push(reorganisationConflict(line, 'PARENT_CYCLE', { code: version.code, cycle }));
    else if (levelDepth(parent.level) >= levelDepth(version.level)) {
      out.push(
        reorganisationConflict(line, 'PARENT_LEVEL', {
          code: version.code,
          level: version.level,
          parentCode: parent.code,
          parentLevel: parent.level,
        }),
      );
    }
  }
  return out;
}

/**
 * The hamlets (of `hamlets`, by code) that are in the tree with no commune above them (moved under
 * a district, say, or left under an abolished commune).
 */
export function hamletsLeftOut(
  tree: TreeOnDate,
  hamlets: ReadonlyMap<string, StartedVersion>,
): ReorganisationConflict[] {
  return [...hamlets].flatMap(([code, { version, line }]) => {
    const now = tree.byCode.get(code);
    return now === undefined || ancestorAt(tree, now, 'COMMUNE') !== null
      ? []
      : [reorganisationConflict(line, 'HAMLET_WITHOUT_COMMUNE', { hamlet: code, code: version.parentCode ?? '' })];
  });
}

/**
 * Who takes over an abolished unit's territory: the units that hold its hamlets on the effective
 * date, at its own level if any of them is under a unit of that level, else at the first level
 * below that is (a district abolished in 2025, when districts are gone, → the communes its hamlets
 * are in).
 */
export function abolishedSuccessors(before: TreeOnDate, after: TreeOnDate, abolished: UnitVersion): string[] {
  const hamlets = descendantsAt(before, abolished.code, LEAF_LEVEL)
    .map((h) => after.byCode.get(h.code))
    .filter((h) => h !== undefined);
  for (const level of LEVELS.slice(levelDepth(abolished.level))) {
    const holders = new Set(
      hamlets.flatMap((h) =>
        ancestorsIn(after, h)
          .filter((a) => a.level === level)
          .map((a) => a.code),
      ),
    );
    if (holders.size > 0) return [...holders].sort();
  }
  return [];
}
