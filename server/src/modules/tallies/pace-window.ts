import { addDays, RECENT_PACE_DAYS, type IsoDate } from '@chitieu/shared';

/**
 * The bound of the counts a week before the recent pace's window ends (paceWindowEnd in shared),
 * for a statement that reads the unit's counts in force on asOf as `latestDate`: the window ends on
 * asOf when that date is asOf, the day before otherwise. Returns the SQL and its three parameters.
 */
export function weekBeforePaceEnd(
  latestDate: string,
  asOf: IsoDate,
): { sql: string; params: [IsoDate, IsoDate, IsoDate] } {
  return {
    sql: `(CASE WHEN ${latestDate} = ? THEN ? ELSE ? END)`,
    params: [asOf, addDays(asOf, -RECENT_PACE_DAYS), addDays(asOf, -RECENT_PACE_DAYS - 1)],
  };
}
