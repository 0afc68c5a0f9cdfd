import { csvDecimal } from '../common/csv';
import type { IsoDate } from '../common/dates';
import type { Locale } from '../format/vi';
import type { ProgressState } from '../progress/states';
import { LEVEL_NAMES, type Level } from '../units/levels';

export const STATE_NAMES: Record<ProgressState, { vi: string; en: string }> = {
  DONE: { vi: 'Hoàn thành', en: 'Done' },
  ON_TRACK: { vi: 'Đúng tiến độ', en: 'On track' },
  AT_RISK: { vi: 'Có nguy cơ chậm', en: 'At risk' },
  OVERDUE: { vi: 'Quá hạn', en: 'Overdue' },
  NOT_STARTED: { vi: 'Chưa bắt đầu', en: 'Not started' },
};

/** One child unit's figures for the export. */
export interface ExportUnit {
  code: string;
  name: string;
  level: Level;
  target: number;
  collected: number;
  activated: number;
  collectedRate: number | null;
  activatedRate: number | null;
  state: ProgressState;
}

const HEADERS: Record<Locale, string[]> = {
  vi: [
    'Mã',
    'Tên',
    'Cấp',
    'Chỉ tiêu',
    'Thu nhận',
    'Tỷ lệ thu nhận (%)',
    'Kích hoạt',
    'Tỷ lệ kích hoạt (%)',
    'Trạng thái',
    'Số liệu đến ngày',
  ],
  en: [
    'Code',
    'Name',
    'Level',
    'Target',
    'Collected',
    'Collected rate (%)',
    'Activated',
    'Activated rate (%)',
    'State',
    'As of',
  ],
};

/**
 * A rate as a percent with two decimals and the export dialect's decimal comma ("88,33"), in every
 * language (formatCsv). Counts are plain digits, which every Excel reads as numbers.
 */
export function percentCell(rate: number | null): string {
  return rate === null ? '' : csvDecimal(Math.round(rate * 10_000) / 100, 2);
}

/** The rows of a children export (header first), ready for formatCsv. */
export function childrenExportRows(units: readonly ExportUnit[], asOf: IsoDate, locale: Locale): string[][] {
  const date = locale === 'vi' ? asOf.split('-').reverse().join('/') : asOf;
  return [
    HEADERS[locale],
    ...units.map((u) => [
      u.code,
      u.name,
      LEVEL_NAMES[u.level][locale],
      String(u.target),
      String(u.collected),
      percentCell(u.collectedRate),
      String(u.activated),
      percentCell(u.activatedRate),
      STATE_NAMES[u.state][locale],
      date,
    ]),
  ];
}
