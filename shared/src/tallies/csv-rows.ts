import { isIsoDate, type IsoDate } from '../common/dates';
import type { CsvRecord } from '../common/csv';
import { TEXT_FAULT_NAMES, textFault } from '../common/text';
import { foldVietnamese } from '../units/search';
import type { ReportWindow } from './report-window';

/** The columns of a tally file; `reason` may be left out. */
export const TALLY_CSV_COLUMNS = ['hamlet', 'date', 'collected', 'activated', 'reason'] as const;
export type TallyCsvColumn = (typeof TALLY_CSV_COLUMNS)[number];

/** Header names accepted for each column, folded (no diacritics, lower case). */
const HEADER_NAMES: Record<TallyCsvColumn, readonly string[]> = {
  hamlet: ['ma ap', 'ma ap khu pho', 'ma don vi', 'ma', 'hamlet', 'hamlet code', 'unit', 'unit code', 'code'],
  date: ['ngay', 'ngay bao cao', 'date', 'report date'],
  collected: ['thu nhan', 'so thu nhan', 'collected'],
  activated: ['kich hoat', 'so kich hoat', 'activated'],
  reason: ['ly do', 'ly do dieu chinh', 'reason'],
};

export interface TallyCsvHeader {
  columns: Record<TallyCsvColumn, number | null>;
  /** Columns the import does not use (a hamlet name, a note): read past, never an error. */
  ignored: string[];
}

/** A problem with one cell of a row: `field` is a column name, or "row" for the row as a whole. */
export interface RowProblem {
  field: string;
  messageVi: string;
  messageEn: string;
}

/** Maps a header line to columns, or says which required ones are missing. */
export function readTallyHeader(
  fields: readonly string[],
): { ok: true; header: TallyCsvHeader } | { ok: false; messageVi: string; messageEn: string } {
  const columns: Record<TallyCsvColumn, number | null> = {
    hamlet: null,
    date: null,
    collected: null,
    activated: null,
    reason: null,
  };
  const ignored: string[] = [];
  fields.forEach((name, index) => {
    const folded = foldVietnamese(name);
    const column = TALLY_CSV_COLUMNS.find((c) => HEADER_NAMES[c].includes(folded));
    if (column && columns[column] === null) columns[column] = index;
    else if (name.trim()) ignored.push(name.trim());
  });
  const missing = TALLY_CSV_COLUMNS.filter((c) => c !== 'reason' && columns[c] === null);
  if (missing.length > 0) {
    return {
      ok: false,
      messageVi: `Dòng tiêu đề thiếu cột: ${missing.map((c) => VI_NAMES[c]).join(', ')}. Tiêu đề mẫu: "Mã ấp;Ngày;Thu nhận;Kích hoạt;Lý do".`,
      messageEn: `The header line lacks: ${missing.join(', ')}. Expected e.g. "hamlet,date,collected,activated,reason".`,
    };
  }
  return { ok: true, header: { columns, ignored } };
}

const VI_NAMES: Record<TallyCsvColumn, string> = {
  hamlet: 'Mã ấp',
  date: 'Ngày',
  collected: 'Thu nhận',
  activated: 'Kích hoạt',
  reason: 'Lý do',
};

/** A whole number as typed in a sheet: "812", "1.234", "1,234", "1 234" (groups of three). */
export function parseCount(text: string): number | null {
  const t = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d{1,3}([., ]\d{3})+$/.test(t) && new Set(t.replace(/\d/g, '')).size === 1) return Number(t.replace(/\D/g, ''));
  return null;
}

/** A date as ISO (2023-11-15) or as Vietnamese write it, day first (15/11/2023, 15-11-2023, 15.11.2023). */
export function parseReportDate(text: string): IsoDate | null {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** One data row of a tally file, read. */
export interface TallyCsvRow {
  line: number;
  unit: string;
  date: IsoDate;
  collected: number;
  activated: number;
  reason: string | null;
}

/** A row the import refuses, with every reason. */
export interface RejectedRow {
  line: number;
  unit: string | null;
  date: string | null;
  problems: RowProblem[];
}

export type ReadRow = { ok: true; row: TallyCsvRow } | { ok: false; rejected: RejectedRow };

/** Reads one record: every cell it cannot read is a problem of that cell. */
export function readTallyRow(record: CsvRecord, header: TallyCsvHeader): ReadRow {
  const cell = (c: TallyCsvColumn) => {
    const index = header.columns[c];
    return index === null ? '' : (record.fields[index] ?? '');
  };
  const problems: RowProblem[] = [];
  const add = (field: string, messageVi: string, messageEn: string) => problems.push({ field, messageVi, messageEn });
  if (record.unterminated) add('row', 'Dấu ngoặc kép không được đóng.', 'A quoted field is never closed.');
  // The same rule as every GraphQL text input: text nobody types is refused, never stored.
  for (const field of ['hamlet', 'reason'] as const) {
    const fault = textFault(cell(field));
    if (fault) add(field, `Ô chứa ${TEXT_FAULT_NAMES[fault].vi}.`, `The cell holds ${TEXT_FAULT_NAMES[fault].en}.`);
  }
  const unit = cell('hamlet').trim();
  if (!unit) add('hamlet', 'Thiếu mã ấp.', 'The hamlet code is missing.');
  const dateText = cell('date');
  const date = parseReportDate(dateText);
  if (!date)
    add(
      'date',
      `Ngày không hợp lệ: "${dateText}" (dùng 15/11/2023 hoặc 2023-11-15).`,
      `Not a date: "${dateText}" (use 2023-11-15 or 15/11/2023).`,
    );
  const counts = { collected: 0, activated: 0 };
  for (const field of ['collected', 'activated'] as const) {
    const text = cell(field);
    const value = parseCount(text);
    if (value === null) add(field, `Không phải số nguyên: "${text}".`, `Not a whole number: "${text}".`);
    else counts[field] = value;
  }
  if (problems.length > 0)
    return {
      ok: false,
      rejected: { line: record.line, unit: unit || null, date: date ?? (dateText.trim() || null), problems },
    };
  const reason = cell('reason').trim();
  return { ok: true, row: { line: record.line, unit, date: date!, ...counts, reason: reason || null } };
}

export function reportDateProblem(date: IsoDate, window: ReportWindow): RowProblem | null {
  if (date > window.today) {
    return {
      field: 'date',
      messageVi: `Ngày ${date} ở tương lai (hôm nay là ${window.today}).`,
      messageEn: `${date} is in the future (today is ${window.today}).`,
    };
  }
  if (date < window.campaignStart) {
    return {
      field: 'date',
      messageVi: `Ngày ${date} trước khi chiến dịch bắt đầu (${window.campaignStart}).`,
      messageEn: `${date} is before the campaign started (${window.campaignStart}).`,
    };
  }
  if (date < window.earliest) {
    return {
      field: 'date',
      messageVi: `Chỉ được báo cáo từ ngày ${window.earliest}; ngày cũ hơn cần quản trị viên.`,
      messageEn: `You may report from ${window.earliest} on; older dates need an administrator.`,
    };
  }
  return null;
}
