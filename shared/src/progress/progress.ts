import { addDays, daysBetween, type IsoDate } from '../common/dates';
import { worstState, type ProgressState } from './states';

/** The two cumulative counts of a campaign: applications collected, accounts activated. */
export interface Counts {
  collected: number;
  activated: number;
}

/** Recent pace is the mean daily gain over this many days. */
export const RECENT_PACE_DAYS = 7;

/**
 * The last day of the recent pace's window: asOf once the unit (a hamlet below it) has a report on
 * asOf, the day before until then. A morning before anyone has reported is not a day of zero gain,
 * so the clock alone changes no state that morning; but a unit that stopped reporting days ago
 * still shows those days as days without gain (its pace falls, its state turns AT_RISK), since the
 * window never ends earlier than yesterday.
 */
export function paceWindowEnd(latestReported: IsoDate | null, asOf: IsoDate): IsoDate {
  return latestReported === asOf ? asOf : addDays(asOf, -1);
}

/** tally ÷ target, exact; null when the target is 0 (a rate of nothing means nothing). */
export function rate(tally: number, target: number): number | null {
  return target > 0 ? tally / target : null;
}

export interface MetricAssessment {
  rate: number | null;
  remaining: number;
  daysLeft: number;
  /** Accounts per day still needed to finish by the deadline; null once the deadline is reached. */
  paceNeeded: number | null;
  /** Mean daily gain over the RECENT_PACE_DAYS days ending on the pace window's end (paceWindowEnd). */
  recentPace: number;
  /**
   * The pace window's end + remaining ÷ recent pace, rounded up to a whole day, and never before
   * asOf; null when done or not moving.
   */
  projectedCompletion: IsoDate | null;
  state: ProgressState;
}

export interface MetricInput {
  target: number;
  tally: number;
  /** The tally RECENT_PACE_DAYS days before paceEnd. */
  tallyWeekAgo: number;
  asOf: IsoDate;
  /** The recent pace's last day (paceWindowEnd); asOf when not given. */
  paceEnd?: IsoDate;
  deadline: IsoDate;
}

export function assessMetric({
  target,
  tally,
  tallyWeekAgo,
  asOf,
  paceEnd = asOf,
  deadline,
}: MetricInput): MetricAssessment {
  const remaining = Math.max(0, target - tally);
  const daysLeft = daysBetween(asOf, deadline);
  const paceNeeded = remaining === 0 ? 0 : daysLeft > 0 ? remaining / daysLeft : null;
  const recentPace = Math.max(0, tally - tallyWeekAgo) / RECENT_PACE_DAYS;
  const projectedCompletion =
    remaining > 0 && recentPace > 0 ? latest(asOf, addDays(paceEnd, Math.ceil(remaining / recentPace))) : null;
  return {
    rate: rate(tally, target),
    remaining,
    daysLeft,
    paceNeeded,
    recentPace,
    projectedCompletion,
    state: metricState(),
  };

  function metricState(): ProgressState {
    if (remaining === 0) return 'DONE';
    if (daysLeft < 0) return 'OVERDUE';
    if (projectedCompletion === null || projectedCompletion > deadline) return 'AT_RISK';
    return 'ON_TRACK';
  }
}

const latest = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

export interface ProgressInput {
  target: number;
  current: Counts;
  /** The counts RECENT_PACE_DAYS days before paceEnd. */
  weekAgo: Counts;
  asOf: IsoDate;
  /** The recent pace's last day (paceWindowEnd); asOf when not given. */
  paceEnd?: IsoDate;
  deadline: IsoDate;
}

export interface ProgressAssessment {
  /** The lower of the two rates: how far the unit is from done. */
  percentDone: number | null;
  state: ProgressState;
  collected: MetricAssessment;
  activated: MetricAssessment;
}

/**
 * Where a unit stands on asOf against its target and the deadline. DONE when both counts reach
 * the target; NOT_STARTED while both are still 0 (before the deadline); otherwise the worse of the
 * two counts' states (OVERDUE > AT_RISK > ON_TRACK).
 */
export function assessProgress({
  target,
  current,
  weekAgo,
  asOf,
  paceEnd,
  deadline,
}: ProgressInput): ProgressAssessment {
  const collected = assessMetric({
    target,
    tally: current.collected,
    tallyWeekAgo: weekAgo.collected,
    asOf,
    paceEnd,
    deadline,
  });
  const activated = assessMetric({
    target,
    tally: current.activated,
    tallyWeekAgo: weekAgo.activated,
    asOf,
    paceEnd,
    deadline,
  });
  const percentDone =
    collected.rate === null || activated.rate === null ? null : Math.min(collected.rate, activated.rate);
  const nothingYet = current.collected === 0 && current.activated === 0 && target > 0;
  const state = nothingYet && collected.daysLeft >= 0 ? 'NOT_STARTED' : worstState([collected.state, activated.state]);
  return { percentDone, state, collected, activated };
}
