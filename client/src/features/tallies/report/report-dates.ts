import { addDays, earliestReportDate, UNUSUAL_GAIN, type IsoDate, type Role } from '@chitieu/shared';

export interface ReportDateBounds {
  earliest: IsoDate;
  latest: IsoDate;
}

/** The dates a user may report for: never after today; the window is shared's earliestReportDate (the server's rule). */
export function reportDateBounds(role: Role, today: IsoDate, campaignStart: IsoDate): ReportDateBounds {
  return { earliest: earliestReportDate(role, today, campaignStart), latest: today };
}

export type ReportDateProblem = 'future' | 'tooOld' | 'beforeStart';

/** Why a date cannot be reported for, or null when it can. */
export function reportDateProblem(
  date: IsoDate,
  bounds: ReportDateBounds,
  campaignStart: IsoDate,
): ReportDateProblem | null {
  if (date > bounds.latest) return 'future';
  if (date < campaignStart) return 'beforeStart';
  if (date < bounds.earliest) return 'tooOld';
  return null;
}

/**
 * The dates the report query spans: from two weeks before the date (the hamlets' usual daily
 * gains, for the warning on an unusual one; the day before gives the previous report) to today.
 */
export function sheetDates(
  date: IsoDate,
  today: IsoDate,
  campaignStart: IsoDate,
): { dayBefore: IsoDate; from: IsoDate; today: IsoDate } {
  const dayBefore = addDays(date, -1);
  const from = addDays(date, -(UNUSUAL_GAIN.windowDays + 1));
  return {
    dayBefore,
    from: dayBefore < campaignStart ? date : from < campaignStart ? campaignStart : from,
    today: today < date ? date : today,
  };
}
