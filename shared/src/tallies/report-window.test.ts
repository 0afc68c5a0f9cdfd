import { describe, expect, it } from 'vitest';
import { earliestReportDate, REPORT_DAYS_BACK, reportWindow } from './report-window';

const START = '2023-09-01';
const TODAY = '2023-11-15';

describe('the report window', () => {
  it('lets an official report a week back, an admin back to the campaign start', () => {
    expect(REPORT_DAYS_BACK).toBe(7);
    expect(earliestReportDate('OFFICIAL', TODAY, START)).toBe('2023-11-08');
    expect(earliestReportDate('ANALYST', TODAY, START)).toBe('2023-11-08');
    expect(earliestReportDate('ADMIN', TODAY, START)).toBe(START);
  });

  it('never opens before the campaign start', () => {
    expect(earliestReportDate('OFFICIAL', '2023-09-03', START)).toBe(START);
  });

  it('gives the whole window: today, the start and the earliest date', () => {
    expect(reportWindow('OFFICIAL', TODAY, START)).toEqual({
      today: TODAY,
      campaignStart: START,
      earliest: '2023-11-08',
    });
  });
});
