import { addDays, UNUSUAL_GAIN, type IsoDate, type Role } from '@chitieu/shared';

/**
 * How many days back an official may report. The server holds the same setting
 * (REPORT_DAYS_BACK, 7) but does not publish it yet: the server's answer is the truth.
 */
export const OFFICIAL_DAYS_BACK = 7;

export interface ReportDateBounds {
  earliest: IsoDate;
  latest: IsoDate;
}

/** The dates a user may report for: never after today; officials a week back, admins to the start. */
export function reportDateBounds(role: Role, today: IsoDate, campaignStart: IsoDate): ReportDateBounds {
  const back = role === 'ADMIN' ? campaignStart : addDays(today, -OFFICIAL_DAYS_BACK);
  return { earliest: back < campaignStart ? campaignStart : back, latest: today };
}

export type ReportDateProblem = 'future' | 'tooOld' | 'beforeStart';

/** Why a date cannot be reported for, or null when it can. */
export function reportDateProblem(date: IsoDate, bounds: ReportDateBounds, campaignStart: IsoDate): ReportDateProblem | null {
  if (date > bounds.latest) return 'future';
  if (date < campaignStart) return 'beforeStart';
  if (date < bounds.earliest) return 'tooOld';
  return null;
}

/**
 * The dates the report query spans: from two weeks before the date (the hamlets' usual daily
 * gains, for the warning on an unusual one; the day before gives the previous report) to today.
 */
export function sheetDates(date: IsoDate, today: IsoDate, campaignStart: IsoDate): { dayBefore: IsoDate; from: IsoDate; today: IsoDate } {
  const dayBefore = addDays(date, -1);
  const from = addDays(date, -(UNUSUAL_GAIN.windowDays + 1));
  return { dayBefore, from: dayBefore < campaignStart ? date : from < campaignStart ? campaignStart : from, today: today < date ? date : today };
}
