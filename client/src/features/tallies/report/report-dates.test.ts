import { describe, expect, it } from 'vitest';
import { reportDateBounds, reportDateProblem, sheetDates } from './report-dates';

const START = '2023-09-01';
const TODAY = '2023-11-15';

describe('reportDateBounds', () => {
  it('lets an official report a week back and an admin back to the start, nobody after today', () => {
    expect(reportDateBounds('OFFICIAL', TODAY, START)).toEqual({ earliest: '2023-11-08', latest: TODAY });
    expect(reportDateBounds('ADMIN', TODAY, START)).toEqual({ earliest: START, latest: TODAY });
    expect(reportDateBounds('OFFICIAL', '2023-09-03', START)).toEqual({ earliest: START, latest: '2023-09-03' });
  });
});

describe('reportDateProblem', () => {
  const official = reportDateBounds('OFFICIAL', TODAY, START);
  it('says why a date cannot be reported', () => {
    expect(reportDateProblem(TODAY, official, START)).toBeNull();
    expect(reportDateProblem('2023-11-08', official, START)).toBeNull();
    expect(reportDateProblem('2023-11-16', official, START)).toBe('future');
    expect(reportDateProblem('2023-11-07', official, START)).toBe('tooOld');
    expect(reportDateProblem('2023-08-31', official, START)).toBe('beforeStart');
  });
});

describe('sheetDates', () => {
  it('spans two weeks before the date (usual gains) to today, never before the campaign start', () => {
    expect(sheetDates('2023-11-14', TODAY, START)).toEqual({
      dayBefore: '2023-11-13',
      from: '2023-10-30',
      today: TODAY,
    });
    expect(sheetDates('2023-09-05', TODAY, START)).toEqual({ dayBefore: '2023-09-04', from: START, today: TODAY });
    expect(sheetDates(START, TODAY, START)).toEqual({ dayBefore: '2023-08-31', from: START, today: TODAY });
  });
});
