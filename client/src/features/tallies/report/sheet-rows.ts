import { daysBetween, typicalDailyGain, type Counts, type IsoDate } from '@chitieu/shared';

/** One hamlet of the report editor: what it reported before, on and after the date. */
export interface HamletSheet {
  code: string;
  name: string;
  /** Its last report before the date, with that report's date. */
  previous: (Counts & { date: IsoDate }) | null;
  /** Its report on the date, when it already sent one (a save replaces it). */
  onDate: Counts | null;
  /** Its next report after the date, when there is one (a back-dated correction). */
  next: Counts | null;
  /** Its typical daily gain of each count before the date (null: too little history to judge). */
  typicalGain?: { collected: number | null; activated: number | null };
  /** Days from the previous report to the date (what the day's change is spread over). */
  daysSincePrevious?: number;
}

export interface SheetInput {
  date: IsoDate;
  hamlets: ReadonlyArray<{
    code: string;
    name: string;
    history: ReadonlyArray<Counts & { date: IsoDate }> | null | undefined;
  }>;
  /** The date of each hamlet's last report on or before the day before. */
  lastBefore: ReadonlyMap<string, IsoDate | null>;
  /** Whether each hamlet reported on the date. */
  reportedOn: ReadonlyMap<string, boolean>;
  /** The date of each hamlet's latest report of all (up to today). */
  latest: ReadonlyMap<string, IsoDate | null>;
}

const countsOf = (point: Counts | undefined): Counts | null =>
  point ? { collected: point.collected, activated: point.activated } : null;

/**
 * Builds the rows from a hamlet's daily cumulative series (each day shows its latest report on or
 * before it) and the dates of its reports. The next report after the date is the first day the
 * series moves; when it never moves but a later report exists, that report repeats the date's
 * counts. The client uses these for comfort only: the server checks again against its records.
 */
export function sheetRows({ date, hamlets, lastBefore, reportedOn, latest }: SheetInput): HamletSheet[] {
  return hamlets.map(({ code, name, history }) => {
    const series = history ?? [];
    const byDate = new Map(series.map((point) => [point.date, point]));
    const day = byDate.get(date);
    const previousDate = lastBefore.get(code) ?? null;
    const previousPoint = previousDate ? series.filter((p) => p.date < date).at(-1) : undefined;
    const previous = previousDate && previousPoint ? { date: previousDate, ...countsOf(previousPoint)! } : null;
    const onDate = reportedOn.get(code) ? countsOf(day) : null;
    const latestDate = latest.get(code) ?? null;
    let next: Counts | null = null;
    if (latestDate && latestDate > date) {
      const base = day ?? { collected: 0, activated: 0 };
      const moved = series.find(
        (p) => p.date > date && (p.collected !== base.collected || p.activated !== base.activated),
      );
      next = countsOf(moved ?? byDate.get(latestDate) ?? base);
    }
    const typical = (field: keyof Counts) =>
      typicalDailyGain(
        series.map((p) => ({ date: p.date, value: p[field] })),
        date,
      );
    const judged =
      series.length > 2
        ? {
            typicalGain: { collected: typical('collected'), activated: typical('activated') },
            daysSincePrevious: previous ? daysBetween(previous.date, date) : 1,
          }
        : {};
    return { code, name, previous, onDate, next, ...judged };
  });
}
