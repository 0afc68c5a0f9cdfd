import type { IsoDate } from '../../common/dates';
import type { Level } from '../levels';
import type { UnitEventKind } from './events';

/**
 * One row of a reorganisation's mapping (what an admin uploads, one row per old unit, or per part
 * of a split unit). Blank cells are null. Every row of one mapping has the same effective date.
 *
 * - MERGED_INTO: the old unit and everything under it goes into `newCode`. Several rows may share
 *   a `newCode`; a unit that absorbs others and keeps its code has its own row (old = new code),
 *   since its extent changes and so it gets a new version.
 * - SPLIT_INTO: one row per part, same `oldCode`; `hamlets` lists the old unit's children that go
 *   to that part (for a commune, its hamlets), every child in exactly one part.
 * - RENAMED: `newName` (and, when it is recoded, `newCode`); same extent.
 * - MOVED_UNDER: `newParentCode`; same extent.
 * - ABOLISHED: no `newCode`; everything under it must have rows of its own that take it elsewhere.
 * - CREATED: no `oldCode`; `newCode`, `newName` and `newLevel` (units then come into it by rows of
 *   their own: a new province that communes move under).
 *
 * `newName` null keeps the name, and `newParentCode` null the parent code, of the unit the new code
 * names the day before (the absorbing unit of a merge), else of the row's old unit (the root for a
 * CREATED unit). A kept parent code must still name a unit on the effective date.
 */
export interface ReorganisationRow {
  /** Where the row came from (the CSV line), for its conflicts. */
  line: number;
  kind: UnitEventKind;
  oldCode: string | null;
  newCode: string | null;
  newName: string | null;
  newParentCode: string | null;
  /** For CREATED only: the new unit's level (the others keep the old unit's). */
  newLevel: Level | null;
  /** For SPLIT_INTO only: the codes of the old unit's children that go to this part. */
  hamlets: readonly string[];
  effectiveDate: IsoDate;
  legalBasis: string;
}

/** A row with the optional cells left out: a shorter way to write rows in code and tests. */
export function mappingRow(
  row: Pick<ReorganisationRow, 'line' | 'kind' | 'effectiveDate' | 'legalBasis'> & Partial<ReorganisationRow>,
): ReorganisationRow {
  return { oldCode: null, newCode: null, newName: null, newParentCode: null, newLevel: null, hamlets: [], ...row };
}
