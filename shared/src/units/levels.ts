/**
 * The levels of the administrative tree, top down. COUNTRY is the single root of a national tree
 * (Việt Nam, above the 63 provinces); a province's own deployment has no unit at that level.
 */
export const LEVELS = ['COUNTRY', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'HAMLET'] as const;
export type Level = (typeof LEVELS)[number];

export function levelDepth(level: Level): number {
  return LEVELS.indexOf(level);
}

/** The level directly below, or null for a hamlet. */
export function childLevel(level: Level): Level | null {
  return LEVELS[levelDepth(level) + 1] ?? null;
}

export const LEVEL_NAMES: Record<Level, { vi: string; en: string }> = {
  COUNTRY: { vi: 'Toàn quốc', en: 'Country' },
  PROVINCE: { vi: 'Tỉnh', en: 'Province' },
  DISTRICT: { vi: 'Huyện', en: 'District' },
  COMMUNE: { vi: 'Xã', en: 'Commune' },
  HAMLET: { vi: 'Ấp', en: 'Hamlet' },
};
