/**
 * Calendar dates of the business, as ISO strings ("2023-11-14"), in the Asia/Ho_Chi_Minh
 * calendar. Arithmetic is done on UTC midnights so that no time zone or daylight rule can move a
 * day; Vietnam has no daylight saving, and the calendar day is all that matters here.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written YYYY-MM-DD (rejects 2023-02-30, 2023-1-5, …). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value && Number(y) >= 1900 && Number(y) <= 9999;
}

// Progress of a thousand units does the same few date conversions a thousand times each: both
// directions are remembered (a few thousand dates at most; the caches start over past that).
const dayNumbers = new Map<string, number>();
const isoDates = new Map<number, IsoDate>();
const CACHE_LIMIT = 4096;

function toDayNumber(date: IsoDate): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  if (dayNumbers.size >= CACHE_LIMIT) dayNumbers.clear();
  dayNumbers.set(date, day);
  return day;
}

function fromDayNumber(day: number): IsoDate {
  const known = isoDates.get(day);
  if (known !== undefined) return known;
  const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
  if (isoDates.size >= CACHE_LIMIT) isoDates.clear();
  isoDates.set(day, date);
  return date;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** `to − from` in calendar days: 31 from 2023-11-14 to 2023-12-15. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The dates from `from` to `to`, both included; empty when `to` is before `from`. */
export function dateRange(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let day = toDayNumber(from), end = toDayNumber(to); day <= end; day++) out.push(fromDayNumber(day));
  return out;
}

/** Today's date in Vietnam (UTC+7 all year) for a given instant. */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
