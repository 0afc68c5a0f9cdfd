import type { IsoDate } from '../../common/dates';
import { reorganisationConflict, type MappingCell, type ReorganisationConflict } from './conflicts';
import type { ReorganisationRow } from './mapping';
import { unitIn, type TreeOnDate } from './tree-on-date';

/**
 * The code a row's unit has on the effective date: its new code, or, for a rename or a move that
 * gives none, its old one. Null for ABOLISHED.
 */
export function targetCode(row: ReorganisationRow): string | null {
  if (row.kind === 'ABOLISHED') return null;
  if (row.newCode !== null) return row.newCode;
  return row.kind === 'RENAMED' || row.kind === 'MOVED_UNDER' ? row.oldCode : null;
}

const REQUIRED: Record<ReorganisationRow['kind'], readonly MappingCell[]> = {
  CREATED: ['newCode', 'newName', 'newLevel'],
  RENAMED: ['oldCode', 'newName'],
  MERGED_INTO: ['oldCode', 'newCode'],
  SPLIT_INTO: ['oldCode', 'newCode'],
  MOVED_UNDER: ['oldCode', 'newParentCode'],
  ABOLISHED: ['oldCode'],
};

function notAllowed(row: ReorganisationRow): MappingCell[] {
  const cells: MappingCell[] = [];
  if (row.kind === 'CREATED' && row.oldCode !== null) cells.push('oldCode');
  if (row.kind === 'ABOLISHED' && row.newCode !== null) cells.push('newCode');
  if (row.kind !== 'CREATED' && row.newLevel !== null) cells.push('newLevel');
  if (row.kind !== 'SPLIT_INTO' && row.hamlets.length > 0) cells.push('hamlets');
  return cells;
}

/** What a row's cells must hold for the plan to read it at all; a row failing these is left out. */
export function rowShapeConflicts(tree: TreeOnDate, row: ReorganisationRow): ReorganisationConflict[] {
  const out = REQUIRED[row.kind]
    .filter((cell) => row[cell] === null)
    .map((cell) => reorganisationConflict(row.line, 'CELL_MISSING', { cell, kind: row.kind }));
  out.push(
    ...notAllowed(row).map((cell) => reorganisationConflict(row.line, 'CELL_NOT_ALLOWED', { cell, kind: row.kind })),
  );
  if (row.kind === 'SPLIT_INTO' && row.hamlets.length === 0)
    out.push(reorganisationConflict(row.line, 'SPLIT_WITHOUT_HAMLETS', { code: row.oldCode ?? '' }));
  if (row.oldCode !== null && unitIn(tree, row.oldCode) === null)
    out.push(reorganisationConflict(row.line, 'UNKNOWN_OLD_CODE', { code: row.oldCode, date: tree.date }));
  return out;
}

/**
 * What is wrong with a row that still leaves it readable: its effective date is not the plan's
 * (the day after the tree's date), it is not after a report already stored under the old tree
 * (`lastReportDate`: a report on or after the effective date would then stand on a tree no longer
 * in force), or it names no legal basis.
 */
export function rowDateConflicts(
  row: ReorganisationRow,
  effectiveDate: IsoDate,
  lastReportDate: IsoDate | null,
): ReorganisationConflict[] {
  const out: ReorganisationConflict[] = [];
  if (row.effectiveDate !== effectiveDate)
    out.push(
      reorganisationConflict(row.line, 'EFFECTIVE_DATE_DIFFERS', { date: row.effectiveDate, planDate: effectiveDate }),
    );
  if (lastReportDate !== null && row.effectiveDate <= lastReportDate) {
    out.push(
      reorganisationConflict(row.line, 'REPORT_AFTER_EFFECTIVE_DATE', { date: row.effectiveDate, lastReportDate }),
    );
  }
  if (row.legalBasis.trim() === '')
    out.push(reorganisationConflict(row.line, 'CELL_MISSING', { cell: 'legalBasis', kind: row.kind }));
  return out;
}

/**
 * Rows that name an old code already named by an earlier row (only a split's parts may share one),
 * each with its conflict; the plan leaves them out.
 */
export function repeatedOldCodes(rows: readonly ReorganisationRow[]): Map<ReorganisationRow, ReorganisationConflict> {
  const first = new Map<string, ReorganisationRow>();
  const out = new Map<ReorganisationRow, ReorganisationConflict>();
  for (const row of rows) {
    if (row.oldCode === null) continue;
    const earlier = first.get(row.oldCode);
    if (earlier === undefined) first.set(row.oldCode, row);
    else if (earlier.kind !== 'SPLIT_INTO' || row.kind !== 'SPLIT_INTO') {
      out.set(row, reorganisationConflict(row.line, 'OLD_CODE_TWICE', { code: row.oldCode, otherLine: earlier.line }));
    }
  }
  return out;
}
