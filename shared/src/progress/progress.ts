import { addDays, daysBetween, type IsoDate } from '../common/dates';
import { worstState, type ProgressState } from './states';

/** The two cumulative counts of a campaign: applications collected, accounts activated. */
export interface Counts {
  collected: number;
  activated: number;
}
export const METRICS = ['collected', 'activated'] as const;
export type Metric = (typeof METRICS)[number];

/** Recent pace is the mean daily gain over this many days. */
export const RECENT_PACE_DAYS = 7;

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
  /** Mean daily gain over the last RECENT_PACE_DAYS days. */
  recentPace: number;
  /** asOf + remaining ÷ recent pace, rounded up to a whole day; null when done or not moving. */
  projectedCompletion: IsoDate | null;
  state: ProgressState;
}

export interface MetricInput {
  target: number;
  tally: number;
  tallyWeekAgo: number;
  asOf: IsoDate;
  deadline: IsoDate;
}

export function assessMetric({ target, tally, tallyWeekAgo, asOf, deadline }: MetricInput): MetricAssessment {
  const remaining = Math.max(0, target - tally);
  const daysLeft = daysBetween(asOf, deadline);
  const paceNeeded = remaining === 0 ? 0 : daysLeft > 0 ? remaining / daysLeft : null;
  const recentPace = Math.max(0, tally - tallyWeekAgo) / RECENT_PACE_DAYS;
  const projectedCompletion =
    remaining > 0 && recentPace > 0 ? addDays(asOf, Math.ceil(remaining / recentPace)) : null;
  return { rate: rate(tally, target), remaining, daysLeft, paceNeeded, recentPace, projectedCompletion, state: metricState() };

  function metricState(): ProgressState {
    if (remaining === 0) return 'DONE';
    if (daysLeft < 0) return 'OVERDUE';
    if (projectedCompletion === null || projectedCompletion > deadline) return 'AT_RISK';
    return 'ON_TRACK';
  }
}

export interface ProgressInput {
  target: number;
  current: Counts;
  /** The counts RECENT_PACE_DAYS days before asOf. */
  weekAgo: Counts;
  asOf: IsoDate;
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
export function assessProgress({ target, current, weekAgo, asOf, deadline }: ProgressInput): ProgressAssessment {
  const collected = assessMetric({ target, tally: current.collected, tallyWeekAgo: weekAgo.collected, asOf, deadline });
  const activated = assessMetric({ target, tally: current.activated, tallyWeekAgo: weekAgo.activated, asOf, deadline });
  const percentDone =
    collected.rate === null || activated.rate === null ? null : Math.min(collected.rate, activated.rate);
  const nothingYet = current.collected === 0 && current.activated === 0 && target > 0;
  const state = nothingYet && collected.daysLeft >= 0 ? 'NOT_STARTED' : worstState([collected.state, activated.state]);
  return { percentDone, state, collected, activated };
}
