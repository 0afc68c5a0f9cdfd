import type { IsoDate } from '../../common/dates';
import { LEAF_LEVEL, type Level } from '../levels';
import { versionsInForce, type UnitHistory } from './unit-history';
import type { UnitVersion } from './validity';

/**
 * The tree in force on one date: one version per code, each child under its parent code's version
 * of that same date. A tree may skip levels (2025: PROVINCE → COMMUNE → HAMLET), so nothing here
 * assumes which level is below which: a unit's children are whatever names it as parent.
 */
export interface TreeOnDate {
  date: IsoDate;
  byCode: ReadonlyMap<string, UnitVersion>;
  childrenByCode: ReadonlyMap<string, readonly UnitVersion[]>;
}

/** The tree made of the given versions, all taken to be in force on `date` (one per code). */
export function treeOf(date: IsoDate, versions: readonly UnitVersion[]): TreeOnDate {
  const byCode = new Map<string, UnitVersion>();
  const childrenByCode = new Map<string, UnitVersion[]>();
  for (const v of versions) {
    byCode.set(v.code, v);
    if (v.parentCode === null) continue;
    const siblings = childrenByCode.get(v.parentCode);
    if (siblings) siblings.push(v);
    else childrenByCode.set(v.parentCode, [v]);
  }
  return { date, byCode, childrenByCode };
}

export function treeOnDate(history: UnitHistory, date: IsoDate): TreeOnDate {
  return treeOf(date, versionsInForce(history, date));
}

export function unitIn(tree: TreeOnDate, code: string): UnitVersion | null {
  return tree.byCode.get(code) ?? null;
}

export function childrenIn(tree: TreeOnDate, code: string): readonly UnitVersion[] {
  return tree.childrenByCode.get(code) ?? [];
}

/** The parent in this tree; null for a root, or when the parent code names nothing on this date. */
export function parentIn(tree: TreeOnDate, version: UnitVersion): UnitVersion | null {
  return version.parentCode === null ? null : unitIn(tree, version.parentCode);
}

/** The units above, root first; stops at a missing parent, or at a unit met twice (a cycle). */
export function ancestorsIn(tree: TreeOnDate, version: UnitVersion): UnitVersion[] {
  const out: UnitVersion[] = [];
  const seen = new Set([version.code]);
  for (let up = parentIn(tree, version); up !== null && !seen.has(up.code); up = parentIn(tree, up)) {
    seen.add(up.code);
    out.unshift(up);
  }
  return out;
}

/** The nearest unit above at a level (a hamlet's commune); null when none is. */
export function ancestorAt(tree: TreeOnDate, version: UnitVersion, level: Level): UnitVersion | null {
  return (
    ancestorsIn(tree, version)
      .reverse()
      .find((v) => v.level === level) ?? null
  );
}

/** The units below, at any depth, at one level (a province's communes, a commune's hamlets). */
export function descendantsAt(tree: TreeOnDate, code: string, level: Level): UnitVersion[] {
  const out: UnitVersion[] = [];
  const seen = new Set<string>([code]);
  const stack = [...childrenIn(tree, code)];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (seen.has(v.code)) continue;
    seen.add(v.code);
    if (v.level === level) out.push(v);
    if (v.level !== LEAF_LEVEL) stack.push(...childrenIn(tree, v.code));
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/** The units of the tree at one level. */
export function unitsAt(tree: TreeOnDate, level: Level): UnitVersion[] {
  return [...tree.byCode.values()].filter((v) => v.level === level);
}
