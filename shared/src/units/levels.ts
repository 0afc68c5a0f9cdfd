/**
 * Every level of an administrative tree, in any tree shape (units/trees), top down. COUNTRY is the
 * single root of a national tree (Việt Nam, above the 63 provinces); a province's own deployment
 * has no unit at that level. Which levels a tree has, and which level is below which, is the tree
 * shape's data (TREE_SHAPES), not this list's order.
 */
export const LEVELS = ['COUNTRY', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'HAMLET'] as const;
export type Level = (typeof LEVELS)[number];

/** The level tallies are entered at, in every tree shape: the hamlet (ấp, khu phố). */
export const LEAF_LEVEL = 'HAMLET' satisfies Level;

/** Whether a level is the leaf level (tallies are entered there; nothing is below it). */
export function isLeaf(level: Level): boolean {
  return level === LEAF_LEVEL;
}

/** The vocabulary's order (0 for COUNTRY): for sorting and comparing, never for "the level below". */
export function levelDepth(level: Level): number {
  return LEVELS.indexOf(level);
}

export const LEVEL_NAMES: Record<Level, { vi: string; en: string }> = {
  COUNTRY: { vi: 'Toàn quốc', en: 'Country' },
  PROVINCE: { vi: 'Tỉnh', en: 'Province' },
  DISTRICT: { vi: 'Huyện', en: 'District' },
  COMMUNE: { vi: 'Xã', en: 'Commune' },
  HAMLET: { vi: 'Ấp', en: 'Hamlet' },
};
