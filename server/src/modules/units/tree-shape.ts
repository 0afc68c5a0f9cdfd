import { levelBelow, TREE_SHAPES, type Level, type TreeShape } from '@chitieu/shared';
import type { UnitRow } from './unit.service';

/**
 * The tree shape a unit belongs to: the server's one answer to "which levels are below this
 * unit". Every unit of the database is on the 2023 shape today; the 2025 tree (issue 13) is
 * answered here, from the unit (e.g. its root's shape), and nowhere else.
 */
export function treeShapeOf(_unit: Pick<UnitRow, 'path' | 'level'>): TreeShape {
  return TREE_SHAPES['VN-2023'];
}

/** The level of a unit's children in its tree's shape; null for a hamlet. */
export function levelBelowUnit(unit: Pick<UnitRow, 'path' | 'level'>): Level | null {
  return levelBelow(treeShapeOf(unit), unit.level);
}
