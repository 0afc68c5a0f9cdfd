import { parseCsv, type CsvRecord } from '../../common/csv';
import { TEXT_FAULT_NAMES, textFault } from '../../common/text';
import { parseReportDate } from '../../tallies/csv-rows';
import { LEVEL_NAMES, LEVELS, type Level } from '../levels';
import { foldVietnamese } from '../search';
import { MAPPING_CELLS, reorganisationConflict, type MappingCell, type ReorganisationConflict } from './conflicts';
import { UNIT_EVENT_KIND_NAMES, UNIT_EVENT_KINDS, type UnitEventKind } from './events';
import { mappingRow, type ReorganisationRow } from './mapping';

type Column = MappingCell | 'kind' | 'effectiveDate';

/** Header names accepted for each column, folded (no diacritics, lower case, "_" as a space). */
const HEADER_NAMES: Record<Column, readonly string[]> = {
  oldCode: ['ma cu', 'ma don vi cu', 'old code'],
  newCode: ['ma moi', 'ma don vi moi', 'new code'],
  newName: ['ten moi', 'ten don vi moi', 'new name'],
  newParentCode: ['cap tren moi', 'don vi cap tren moi', 'ma cap tren moi', 'new parent', 'new parent code'],
  kind: ['loai', 'hinh thuc', 'kind'],
  hamlets: ['danh sach ap', 'ap', 'hamlets', 'hamlet assignments'],
  effectiveDate: ['ngay hieu luc', 'effective date'],
  legalBasis: ['can cu', 'can cu phap ly', 'legal basis'],
  newLevel: ['cap moi', 'new level'],
};
const REQUIRED: readonly Column[] = ['oldCode', 'newCode', 'kind', 'effectiveDate', 'legalBasis'];
const COLUMN_NAMES: Record<Column, { vi: string; en: string }> = {
  ...MAPPING_CELLS,
  kind: { vi: 'loại', en: 'kind' },
  effectiveDate: { vi: 'ngày hiệu lực', en: 'effective date' },
};

/** A kind as written: MERGED_INTO, or its Vietnamese or English name ("Sáp nhập vào", "merged into"). */
function readKind(text: string): UnitEventKind | null {
  const folded = foldVietnamese(text);
  return (
    UNIT_EVENT_KINDS.find((k) =>
      [k, UNIT_EVENT_KIND_NAMES[k].vi, UNIT_EVENT_KIND_NAMES[k].en].some((name) => foldVietnamese(name) === folded),
    ) ?? null
  );
}

/** A level as written: COMMUNE, or its name ("Xã", "commune"). */
function readLevel(text: string): Level | null {
  const folded = foldVietnamese(text);
  return (
    LEVELS.find((l) => [l, LEVEL_NAMES[l].vi, LEVEL_NAMES[l].en].some((name) => foldVietnamese(name) === folded)) ??
    null
  );
}

export type MappingCsv =
  | { ok: true; rows: ReorganisationRow[]; conflicts: ReorganisationConflict[] }
  | { ok: false; messageVi: string; messageEn: string };

/**
 * Reads a mapping file (CSV as offices write it: comma, semicolon or tab, a byte-order mark or
 * not): a header line, then one row per line. Hamlet assignments are codes separated by spaces
 * (or "|"); dates are 2025-07-01 or 01/07/2025. A cell it cannot read is a conflict of its line
 * (CELL_UNREADABLE) and the row is left out; planReorganisation checks the rest.
 */
export function readMappingCsv(text: string): MappingCsv {
  const [head, ...records] = parseCsv(text);
  const columns = new Map<Column, number>();
  (head?.fields ?? []).forEach((name, index) => {
    const folded = foldVietnamese(name);
    const column = (Object.keys(HEADER_NAMES) as Column[]).find((c) => HEADER_NAMES[c].includes(folded));
    if (column !== undefined && !columns.has(column)) columns.set(column, index);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    return {
      ok: false,
      messageVi: `Dòng tiêu đề thiếu cột: ${missing.map((c) => COLUMN_NAMES[c].vi).join(', ')}. Tiêu đề mẫu: "Mã cũ;Mã mới;Tên mới;Cấp trên mới;Loại;Danh sách ấp;Ngày hiệu lực;Căn cứ pháp lý".`,
      messageEn: `The header line lacks: ${missing.map((c) => COLUMN_NAMES[c].en).join(', ')}. Expected e.g. "old code,new code,new name,new parent,kind,hamlets,effective date,legal basis".`,
    };
  }
  const rows: ReorganisationRow[] = [];
  const conflicts: ReorganisationConflict[] = [];
  for (const record of records) {
    const read = readMappingRecord(record, columns);
    if (Array.isArray(read)) conflicts.push(...read);
    else rows.push(read);
  }
  return { ok: true, rows, conflicts };
}

/** One data line: its row, or why a cell of it cannot be read. */
function readMappingRecord(
  record: CsvRecord,
  columns: ReadonlyMap<Column, number>,
): ReorganisationRow | ReorganisationConflict[] {
  const cell = (c: Column) => {
    const index = columns.get(c);
    return index === undefined ? '' : (record.fields[index] ?? '').trim();
  };
  const problems: ReorganisationConflict[] = [];
  const unreadable = (column: Column, value: string, why: { vi: string; en: string }) =>
    problems.push(reorganisationConflict(record.line, 'CELL_UNREADABLE', { column: COLUMN_NAMES[column], value, why }));
  for (const c of columns.keys()) {
    const fault = textFault(cell(c));
    if (fault !== null) unreadable(c, '', TEXT_FAULT_NAMES[fault]);
  }
  const kind = readKind(cell('kind'));
  if (kind === null)
    unreadable('kind', cell('kind'), { vi: 'không phải loại thay đổi đã biết', en: 'not a known kind of change' });
  const effectiveDate = parseReportDate(cell('effectiveDate'));
  if (effectiveDate === null)
    unreadable('effectiveDate', cell('effectiveDate'), {
      vi: 'không phải ngày (dùng 01/07/2025 hoặc 2025-07-01)',
      en: 'not a date (use 2025-07-01 or 01/07/2025)',
    });
  const levelText = cell('newLevel');
  const newLevel = levelText === '' ? null : readLevel(levelText);
  if (levelText !== '' && newLevel === null)
    unreadable('newLevel', levelText, { vi: 'không phải cấp đã biết', en: 'not a known level' });
  if (problems.length > 0 || kind === null || effectiveDate === null) return problems;
  const optional = (c: Column) => cell(c) || null;
  return mappingRow({
    line: record.line,
    kind,
    effectiveDate,
    legalBasis: cell('legalBasis'),
    newLevel,
    oldCode: optional('oldCode'),
    newCode: optional('newCode'),
    newName: optional('newName'),
    newParentCode: optional('newParentCode'),
    hamlets: cell('hamlets')
      .split(/[\s|]+/)
      .filter((h) => h.length > 0),
  });
}
