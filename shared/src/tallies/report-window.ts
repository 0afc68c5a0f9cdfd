import type { Role } from '../access/roles';
import { addDays, type IsoDate } from '../common/dates';

/** How many days back an official (any writer but an admin) may report. */
export const REPORT_DAYS_BACK = 7;

/** The dates a writer may report for: not after today, not before the campaign, not before their window. */
export interface ReportWindow {
  today: IsoDate;
  campaignStart: IsoDate;
  /** Officials: REPORT_DAYS_BACK days back; admins: the campaign start. */
  earliest: IsoDate;
}

/** The earliest date a writer of this role may report for: a week back, admins the campaign start; never before the start. */
export function earliestReportDate(role: Role, today: IsoDate, campaignStart: IsoDate): IsoDate {
  const back = role === 'ADMIN' ? campaignStart : addDays(today, -REPORT_DAYS_BACK);
  return back < campaignStart ? campaignStart : back;
}

/** The report window of a writer of this role on this day. */
export function reportWindow(role: Role, today: IsoDate, campaignStart: IsoDate): ReportWindow {
  return { today, campaignStart, earliest: earliestReportDate(role, today, campaignStart) };
}
