import type { IsoDate } from '../common/dates';
import { formatCount } from '../format/vi';

/**
 * A day's gain far above a hamlet's usual one is probably a typo (+203 where +7 is usual): the
 * report sheet warns on the cell, and saving stays allowed. Unusual means a gain per day since
 * the previous report above max(FLOOR, FACTOR × the hamlet's typical daily gain), the typical gain
 * being the median of its daily gains over the last WINDOW_DAYS days (at least MIN_MOVES of them).
 */
export const UNUSUAL_GAIN = { factor: 5, floor: 10, windowDays: 14, minMoves: 3 } as const;

/** One day of a cumulative series (each day shows the latest report on or before it). */
export interface SeriesPoint {
  date: IsoDate;
  value: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The hamlet's typical daily gain before `before`: over the last WINDOW_DAYS days of its daily
 * cumulative series, each move (a day the count went up) counted per day since the one before,
 * so days without a report do not count as zero gains; corrections down are left out. Null when
 * the series moved fewer than MIN_MOVES times: too little to judge.
 */
export function typicalDailyGain(series: readonly SeriesPoint[], before: IsoDate): number | null {
  const days = series.filter((p) => p.date < before).slice(-(UNUSUAL_GAIN.windowDays + 1));
  const gains: number[] = [];
  let last = days[0];
  let lastIndex = 0;
  days.forEach((point, i) => {
    if (!last || point.value === last.value) return;
    if (point.value > last.value) gains.push((point.value - last.value) / (i - lastIndex));
    last = point;
    lastIndex = i;
  });
  return gains.length < UNUSUAL_GAIN.minMoves ? null : median(gains);
}

/** Whether a gain over `days` days (since the previous report) is far above the typical one. */
export function isUnusualGain(gain: number, days: number, typical: number | null): boolean {
  if (typical === null || gain <= 0) return false;
  return gain / Math.max(1, days) > Math.max(UNUSUAL_GAIN.floor, UNUSUAL_GAIN.factor * typical);
}

/** The warning of an unusual gain, in both languages (typical rounded to a whole count). */
export function unusualGainWarning(gain: number, typical: number): { messageVi: string; messageEn: string } {
  const usual = Math.max(1, Math.round(typical));
  return {
    messageVi: `Tăng ${formatCount(gain, 'vi')}, cao bất thường: ấp này thường tăng khoảng +${formatCount(usual, 'vi')} mỗi ngày. Kiểm tra lại; vẫn lưu được.`,
    messageEn: `Up ${formatCount(gain, 'en')}, far above usual: this hamlet gains about +${formatCount(usual, 'en')} a day. Check it; it can still be saved.`,
  };
}
