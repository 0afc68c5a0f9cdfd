import type { IsoDate } from '../common/dates';

export type Locale = 'vi' | 'en';
const INTL: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** 930767 → "930.767" (vi) or "930,767" (en). */
export function formatCount(value: number, locale: Locale = 'vi'): string {
  return new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: 0 }).format(value);
}

/** 0.883292… → "88,33%" (vi) or "88.33%" (en); null → "—". Two decimals of a percent. */
export function formatRate(rate: number | null, locale: Locale = 'vi'): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(INTL[locale], {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(rate);
}

/** "2023-11-14" → "14/11/2023" (both languages: Vietnamese officials write day first). */
export function formatDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** A pace per day with one decimal: 8617.8 → "8.617,8". */
export function formatPace(value: number | null, locale: Locale = 'vi'): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
}

/**
 * A moment (an ISO timestamp) as Vietnamese officials read it, in Asia/Ho_Chi_Minh, in both
 * languages: "07/12/2026 14:05:09", a four-digit year always (Intl's short style gives "7/12/26").
 * Without seconds: "07/12/2026 14:05". An unreadable timestamp comes back as it was.
 */
export function formatDateTime(iso: string, options: { seconds?: boolean } = {}): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const time = `${part('hour')}:${part('minute')}${options.seconds === false ? '' : `:${part('second')}`}`;
  return `${part('day')}/${part('month')}/${part('year')} ${time}`;
}
