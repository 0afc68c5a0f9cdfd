import { LEAF_LEVEL, type Level } from './levels';

/**
 * The shape of an administrative tree: its levels, top down. Each shape starts at COUNTRY (a
 * national deployment); a province's own deployment starts at PROVINCE and goes down the same
 * levels. Every shape ends at the leaf level (LEAF_LEVEL), where tallies are entered.
 */
export interface TreeShape {
  id: 'VN-2023' | 'VN-2025';
  levels: readonly Level[];
}

export const TREE_SHAPES: Record<TreeShape['id'], TreeShape> = {
  /** Before the 2025 reform: provinces, districts, communes, hamlets. */
  'VN-2023': { id: 'VN-2023', levels: ['COUNTRY', 'PROVINCE', 'DISTRICT', 'COMMUNE', LEAF_LEVEL] },
  /** From 1 July 2025: no district level, communes directly under provinces. */
  'VN-2025': { id: 'VN-2025', levels: ['COUNTRY', 'PROVINCE', 'COMMUNE', LEAF_LEVEL] },
};

/** Whether the shape has a level at all (VN-2025 has no DISTRICT). */
export function hasLevel(shape: TreeShape, level: Level): boolean {
  return shape.levels.includes(level);
}

/** The level directly below in this shape; null at the leaf or for a level the shape lacks. */
export function levelBelow(shape: TreeShape, level: Level): Level | null {
  const at = shape.levels.indexOf(level);
  return at < 0 ? null : (shape.levels[at + 1] ?? null);
}

/**
 * The levels strictly below `from` down to `to` included, top down, in this shape; empty when
 * `to` is not below `from` there (or either level is not in the shape).
 */
export function levelsBetween(shape: TreeShape, from: Level, to: Level): Level[] {
  const top = shape.levels.indexOf(from);
  const bottom = shape.levels.indexOf(to);
  return top < 0 || bottom <= top ? [] : shape.levels.slice(top + 1, bottom + 1);
}

/** Whether `level` is below `above` in this shape (any number of levels down). */
export function isBelow(shape: TreeShape, above: Level, level: Level): boolean {
  return levelsBetween(shape, above, level).length > 0;
}
