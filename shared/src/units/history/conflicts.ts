import type { IsoDate } from '../../common/dates';
import { LEVEL_NAMES, type Level } from '../levels';
import { UNIT_EVENT_KIND_NAMES, type UnitEventKind } from './events';

/** The cells of a mapping row, named as the file's reader sees them. */
export const MAPPING_CELLS = {
  oldCode: { vi: 'mã cũ', en: 'old code' },
  newCode: { vi: 'mã mới', en: 'new code' },
  newName: { vi: 'tên mới', en: 'new name' },
  newParentCode: { vi: 'đơn vị cấp trên mới', en: 'new parent' },
  newLevel: { vi: 'cấp mới', en: 'new level' },
  hamlets: { vi: 'danh sách ấp', en: 'hamlet assignments' },
  legalBasis: { vi: 'căn cứ pháp lý', en: 'legal basis' },
} as const;
export type MappingCell = keyof typeof MAPPING_CELLS;

type Message = readonly [vi: string, en: string];
const list = (codes: readonly string[]) => codes.join(', ');

/** Every conflict a mapping row can have, with its message in Vietnamese and English. */
const MESSAGES = {
  CELL_MISSING: (d: { cell: MappingCell; kind: UnitEventKind }): Message => [
    `Dòng “${UNIT_EVENT_KIND_NAMES[d.kind].vi}” phải có ${MAPPING_CELLS[d.cell].vi}.`,
    `A “${UNIT_EVENT_KIND_NAMES[d.kind].en}” row needs its ${MAPPING_CELLS[d.cell].en}.`,
  ],
  CELL_NOT_ALLOWED: (d: { cell: MappingCell; kind: UnitEventKind }): Message => [
    `Dòng “${UNIT_EVENT_KIND_NAMES[d.kind].vi}” không được có ${MAPPING_CELLS[d.cell].vi}.`,
    `A “${UNIT_EVENT_KIND_NAMES[d.kind].en}” row takes no ${MAPPING_CELLS[d.cell].en}.`,
  ],
  CELL_UNREADABLE: (d: {
    column: { vi: string; en: string };
    value: string;
    why: { vi: string; en: string };
  }): Message => [`Ô ${d.column.vi} “${d.value}”: ${d.why.vi}.`, `Cell ${d.column.en} “${d.value}”: ${d.why.en}.`],
  EFFECTIVE_DATE_DIFFERS: (d: { date: IsoDate; planDate: IsoDate }): Message => [
    `Ngày hiệu lực ${d.date} khác ngày hiệu lực của lần sắp xếp này (${d.planDate}).`,
    `Effective date ${d.date} differs from this reorganisation's (${d.planDate}).`,
  ],
  REPORT_AFTER_EFFECTIVE_DATE: (d: { date: IsoDate; lastReportDate: IsoDate }): Message => [
    `Ngày hiệu lực ${d.date} không muộn hơn báo cáo đã lưu theo cây cũ (ngày ${d.lastReportDate}).`,
    `Effective date ${d.date} is not after a report already stored under the old tree (dated ${d.lastReportDate}).`,
  ],
  UNKNOWN_OLD_CODE: (d: { code: string; date: IsoDate }): Message => [
    `Mã cũ ${d.code} không phải đơn vị nào đang có hiệu lực ngày ${d.date}.`,
    `Old code ${d.code} names no unit in force on ${d.date}.`,
  ],
  OLD_CODE_TWICE: (d: { code: string; otherLine: number }): Message => [
    `Mã cũ ${d.code} đã có ở dòng ${d.otherLine}; chỉ đơn vị chia tách mới có nhiều dòng.`,
    `Old code ${d.code} is already on line ${d.otherLine}; only a split unit has several rows.`,
  ],
  NEW_CODE_IN_FORCE: (d: { code: string; name: string; date: IsoDate }): Message => [
    `Mã mới ${d.code} trùng với ${d.name}, đơn vị còn hiệu lực ngày ${d.date} mà bảng sắp xếp không chấm dứt.`,
    `New code ${d.code} clashes with ${d.name}, a unit still in force on ${d.date} that the mapping does not end.`,
  ],
  NEW_CODE_TWICE: (d: { code: string; otherLine: number }): Message => [
    `Mã mới ${d.code} đã có ở dòng ${d.otherLine}; chỉ các dòng sáp nhập hoặc chia tách mới được chung mã mới.`,
    `New code ${d.code} is already on line ${d.otherLine}; only merge or split rows may share a new code.`,
  ],
  NEW_UNIT_DISAGREES: (d: { code: string; otherLine: number; cell: MappingCell }): Message => [
    `Đơn vị mới ${d.code}: ${MAPPING_CELLS[d.cell].vi} khác với dòng ${d.otherLine}.`,
    `New unit ${d.code}: its ${MAPPING_CELLS[d.cell].en} differs from line ${d.otherLine}.`,
  ],
  UNKNOWN_PARENT: (d: { code: string; parentCode: string; date: IsoDate }): Message => [
    `Đơn vị cấp trên ${d.parentCode} của ${d.code} không có hiệu lực ngày ${d.date}.`,
    `Parent ${d.parentCode} of ${d.code} is not in force on ${d.date}.`,
  ],
  PARENT_LEVEL: (d: { code: string; level: Level; parentCode: string; parentLevel: Level }): Message => [
    `${d.code} (${LEVEL_NAMES[d.level].vi}) không thể trực thuộc ${d.parentCode} (${LEVEL_NAMES[d.parentLevel].vi}).`,
    `${d.code} (${LEVEL_NAMES[d.level].en}) cannot be under ${d.parentCode} (${LEVEL_NAMES[d.parentLevel].en}).`,
  ],
  PARENT_CYCLE: (d: { code: string; cycle: readonly string[] }): Message => [
    `${d.code} sẽ trực thuộc chính nó: ${list(d.cycle)}.`,
    `${d.code} would be under itself: ${list(d.cycle)}.`,
  ],
  SPLIT_WITHOUT_HAMLETS: (d: { code: string }): Message => [
    `Dòng chia tách ${d.code} không có danh sách ấp.`,
    `Split row of ${d.code} assigns no hamlets.`,
  ],
  HAMLET_NOT_IN_UNIT: (d: { hamlet: string; code: string }): Message => [
    `${d.hamlet} không thuộc ${d.code}, đơn vị được chia tách.`,
    `${d.hamlet} is not in ${d.code}, the unit being split.`,
  ],
  HAMLET_GIVEN_TWICE: (d: { hamlet: string; otherLine: number }): Message => [
    `${d.hamlet} đã được giao ở dòng ${d.otherLine}: mỗi ấp thuộc đúng một xã.`,
    `${d.hamlet} is already assigned on line ${d.otherLine}: each hamlet belongs to exactly one commune.`,
  ],
  HAMLET_WITHOUT_COMMUNE: (d: { hamlet: string; code: string }): Message => [
    `${d.hamlet} (của ${d.code}) sẽ không thuộc xã nào.`,
    `${d.hamlet} (of ${d.code}) would belong to no commune.`,
  ],
  UNIT_WITHOUT_PARENT: (d: { child: string; code: string }): Message => [
    `${d.child} (trực thuộc ${d.code}) không có dòng nào đưa về đơn vị khác.`,
    `${d.child} (under ${d.code}) has no row taking it elsewhere.`,
  ],
} satisfies Record<string, (details: never) => Message>;

export type ReorganisationConflictCode = keyof typeof MESSAGES;

/** What is wrong with one row of a mapping: the plan applies only when there is none. */
export interface ReorganisationConflict {
  line: number;
  code: ReorganisationConflictCode;
  messageVi: string;
  messageEn: string;
}

export function reorganisationConflict<C extends ReorganisationConflictCode>(
  line: number,
  code: C,
  details: Parameters<(typeof MESSAGES)[C]>[0],
): ReorganisationConflict {
  const [messageVi, messageEn] = (MESSAGES[code] as (d: typeof details) => Message)(details);
  return { line, code, messageVi, messageEn };
}
