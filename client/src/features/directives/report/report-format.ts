import { directiveReportExportUrl, formatCount, type IsoDate } from '@chitieu/shared';
import type { Language } from '../../../workbench/state/localized';
import type { LineRef } from '../refs';

const UNIT_PREFIXES = ['Thành phố', 'Thị xã', 'Thị trấn', 'Tỉnh', 'Huyện', 'Quận', 'Phường', 'Xã'];

/** The place of a document's date line: a unit's name without its type ("Tỉnh Bến Tre" → "Bến Tre"). */
export function placeOf(unitName: string): string {
  const prefix = UNIT_PREFIXES.find((p) => unitName.startsWith(`${p} `));
  return prefix ? unitName.slice(prefix.length + 1) : unitName;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The place and date line of an administrative document: "Bến Tre, ngày 15 tháng 11 năm 2023"
 * (days below 10 and the months 1 and 2 take a leading zero, as Nghị định 30/2020 asks:
 * "ngày 05 tháng 02", "ngày 15 tháng 11"); in English "Bến Tre, 15 November 2023".
 */
export function dateLine(place: string, date: IsoDate, language: Language): string {
  const [y = '', m = '', d = ''] = date.split('-');
  if (language === 'en') return `${place}, ${Number(d)} ${EN_MONTHS[Number(m) - 1] ?? m} ${y}`;
  const day = Number(d) < 10 ? d : String(Number(d));
  const month = Number(m) < 3 ? m : String(Number(m));
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

/** A change since the previous report: "+1.234", "−56", "0"; "—" without a previous report. */
export function formatChange(change: number | null, language: Language): string {
  if (change === null) return '—';
  if (change === 0) return '0';
  return `${change > 0 ? '+' : '−'}${formatCount(Math.abs(change), language)}`;
}

export interface ReportQuery extends LineRef {
  asOf: IsoDate;
  level: 'DISTRICT' | 'COMMUNE';
}

/** The server's CSV of the same report (same session cookie and scope checks). */
export function reportCsvUrl(q: ReportQuery): string {
  return directiveReportExportUrl({
    directive: q.number,
    issuer: q.issuer,
    task: q.task,
    assignee: q.assignee,
    asOf: q.asOf,
    level: q.level,
  });
}
