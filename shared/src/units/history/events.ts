import type { IsoDate } from '../../common/dates';

/** What happened to a unit on a date, by the reorganisation's legal act. */
export const UNIT_EVENT_KINDS = [
  'CREATED',
  'RENAMED',
  'MERGED_INTO',
  'SPLIT_INTO',
  'MOVED_UNDER',
  'ABOLISHED',
] as const;
export type UnitEventKind = (typeof UNIT_EVENT_KINDS)[number];

export const UNIT_EVENT_KIND_NAMES: Record<UnitEventKind, { vi: string; en: string }> = {
  CREATED: { vi: 'Thành lập', en: 'Created' },
  RENAMED: { vi: 'Đổi tên', en: 'Renamed' },
  MERGED_INTO: { vi: 'Sáp nhập vào', en: 'Merged into' },
  SPLIT_INTO: { vi: 'Chia tách thành', en: 'Split into' },
  MOVED_UNDER: { vi: 'Chuyển về trực thuộc', en: 'Moved under' },
  ABOLISHED: { vi: 'Giải thể', en: 'Abolished' },
};

/**
 * One change of the tree, effective on `date` (the first day of the new tree). Codes are enough to
 * name versions exactly, because the date fixes them: `fromCode` is the version that ends on `date`
 * (its validTo is `date`), each of `toCodes` the version in force on `date`.
 *
 * - CREATED: no `fromCode`; `toCodes` is the new unit.
 * - RENAMED, MOVED_UNDER, MERGED_INTO: one code in `toCodes`, the version that takes the old one's
 *   place (a merge's target is a new version even when it keeps its code: its extent changed).
 * - SPLIT_INTO: every unit the old one's hamlets went to.
 * - ABOLISHED: the units that hold its territory on `date` (for a district of 2023 abolished in
 *   2025, the communes its hamlets are in); empty when it held none. These are its successors but
 *   not made from it: they do not list it among their predecessors.
 */
export interface UnitEvent {
  kind: UnitEventKind;
  date: IsoDate;
  /** Free text: the act's number and date, "Nghị quyết 1237/NQ-UBTVQH15 (24-10-2024)". */
  legalBasis: string;
  fromCode: string | null;
  toCodes: string[];
}
