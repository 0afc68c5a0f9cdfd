/** The four levels of the administrative tree, top down. */
export const LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE', 'HAMLET'] as const;
export type Level = (typeof LEVELS)[number];

export function levelDepth(level: Level): number {
  return LEVELS.indexOf(level);
}

/** The level directly below, or null for a hamlet. */
export function childLevel(level: Level): Level | null {
  return LEVELS[levelDepth(level) + 1] ?? null;
}

export const LEVEL_NAMES: Record<Level, { vi: string; en: string }> = {
  PROVINCE: { vi: 'Tỉnh', en: 'Province' },
  DISTRICT: { vi: 'Huyện', en: 'District' },
  COMMUNE: { vi: 'Xã', en: 'Commune' },
  HAMLET: { vi: 'Ấp', en: 'Hamlet' },
};
