import type { Counts } from '@chitieu/shared';
import type { HamletSheet } from './sheet-rows';

/** For each hamlet, the date's report its cells started from (null: none). */
export type Shown = ReadonlyMap<string, Counts | null>;

const sameCounts = (a: Counts | null | undefined, b: Counts | null | undefined) =>
  (a ?? null) === null || (b ?? null) === null
    ? (a ?? null) === (b ?? null)
    : a!.collected === b!.collected && a!.activated === b!.activated;

export function shownOf(rows: readonly HamletSheet[]): Shown {
  return new Map(rows.map((row) => [row.code, row.onDate]));
}

/** The rows nobody typed in whose report on record moved since they were shown: they follow it. */
export function followRecord(rows: readonly HamletSheet[], shown: Shown, edited: ReadonlySet<string>): HamletSheet[] {
  return rows.filter(
    (row) => !edited.has(row.code) && shown.has(row.code) && !sameCounts(shown.get(row.code), row.onDate),
  );
}

/**
 * What a conflict's cells say is on record now becomes what those rows were shown; a cell the
 * conflict does not list is on record as it was shown.
 */
export function rebaseShown(
  shown: Shown,
  cells: ReadonlyArray<{ unit: string; field: string; stored: number | null }>,
): Shown {
  const next = new Map(shown);
  for (const unit of new Set(cells.map((c) => c.unit))) {
    const was = shown.get(unit) ?? null;
    const stored = (field: 'collected' | 'activated') => {
      const cell = cells.find((c) => c.unit === unit && c.field === field);
      return cell ? cell.stored : (was?.[field] ?? null);
    };
    const collected = stored('collected');
    const activated = stored('activated');
    next.set(unit, collected === null || activated === null ? null : { collected, activated });
  }
  return next;
}
