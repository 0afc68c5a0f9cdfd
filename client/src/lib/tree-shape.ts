import { levelBelow, TREE_SHAPES, type Level, type TreeShape } from '@chitieu/shared';

/**
 * The tree shape a unit of the console belongs to: the console's one answer (the server's is
 * treeShapeOf in server/src/modules/units/tree-shape.ts). Every unit is on the 2023 shape today;
 * the 2025 tree (issue 13) is answered here, from the unit, and nowhere else in the console.
 */
export function treeShapeOf(_unit: { code: string; level: Level }): TreeShape {
  return TREE_SHAPES['VN-2023'];
}

/** The level of a unit's children in its tree's shape; null for a hamlet. */
export function levelBelowUnit(unit: { code: string; level: Level }): Level | null {
  return levelBelow(treeShapeOf(unit), unit.level);
}
