import type { TreeNode, TreeRow } from './tree-model';

/**
 * The figures of a long level come a window at a time, for the rows on screen: a level of
 * 10,000 hamlets is drawn from its names at once, and only the hundred or so rows the user sees
 * wait for their progress. Levels up to INLINE_FIGURES come with their figures (every real level:
 * a province's districts or a district's communes are a few hundred at most).
 */
export const INLINE_FIGURES = 200;

/** Rows per figures request. */
export const FIGURE_WINDOW = 100;

/** Whether a level of `childCount` rows is read with its figures in one request. */
export function figuresInline(childCount: number | undefined): boolean {
  return childCount === undefined || childCount <= INLINE_FIGURES;
}

/** The windows (0 for rows 0–99, 1 for 100–199…) holding the given positions of a level, in order. */
export function windowsOf(positions: Iterable<number>, size = FIGURE_WINDOW): number[] {
  const windows = new Set<number>();
  for (const position of positions)
    if (Number.isInteger(position) && position >= 0) windows.add(Math.floor(position / size));
  return [...windows].sort((a, b) => a - b);
}

/**
 * The rows drawn that belong to the given long levels, as positions in their level, by level.
 * posInSet counts the rows shown, which under a filter are fewer than the level's: then the
 * row's place in its level is looked up.
 */
export function levelPositions(
  rows: readonly TreeRow[],
  isLong: (code: string) => boolean,
  levelOf: (code: string) => readonly TreeNode[] | undefined,
): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (const row of rows) {
    if (row.parentCode === null || !isLong(row.parentCode)) continue;
    const kids = levelOf(row.parentCode) ?? [];
    const position = kids[row.posInSet - 1] === row.node ? row.posInSet - 1 : kids.indexOf(row.node);
    if (position < 0) continue;
    const list = positions.get(row.parentCode);
    if (list) list.push(position);
    else positions.set(row.parentCode, [position]);
  }
  return positions;
}
