import type { Counts } from '../progress/progress';

/** One unit's row in a directive report, before ranking. */
export interface ReportFigures extends Counts {
  code: string;
  target: number;
  collectedRate: number | null;
  activatedRate: number | null;
}

/**
 * Ranks rows as the province's reports do: by activation rate, highest first, then by collection
 * rate; equal rates share a rank (1, 2, 2, 4); rows without a target come last, unranked (null).
 */
export function rankRows(rows: readonly ReportFigures[]): Map<string, number | null> {
  const ranked = rows
    .filter((r) => r.activatedRate !== null && r.collectedRate !== null)
    .sort(
      (a, b) =>
        b.activatedRate! - a.activatedRate! || b.collectedRate! - a.collectedRate! || a.code.localeCompare(b.code),
    );
  const out = new Map<string, number | null>(rows.map((r) => [r.code, null]));
  ranked.forEach((row, i) => {
    const before = ranked[i - 1];
    const tie = before && before.activatedRate === row.activatedRate && before.collectedRate === row.collectedRate;
    out.set(row.code, tie ? out.get(before.code)! : i + 1);
  });
  return out;
}

/** The gain of both counts since a previous report; null when that report had no such row. */
export function changeSince(current: Counts, previous: Counts | undefined): Counts | null {
  if (!previous) return null;
  return { collected: current.collected - previous.collected, activated: current.activated - previous.activated };
}
