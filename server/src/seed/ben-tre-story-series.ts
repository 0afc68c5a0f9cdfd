import { splitLargestRemainder, type Counts } from '@chitieu/shared';
import { baselineShare } from './ben-tre-story-plan';
import type { Random } from './ben-tre-story-random';

/**
 * How a district's tallies on 14-11 are spread down to hamlets, and how each hamlet's 14-11
 * figure is unrolled into 75 daily cumulative reports. Exact sums come from largest-remainder
 * splits; variety comes from per-unit multipliers drawn from the unit's own random stream.
 */

/** How a unit does relative to its siblings. 1 and 1 is exactly average. */
export interface Performance {
  /** Multiplies the unit's share of collected (relative to its target). */
  collected: number;
  /** Multiplies its activated-to-collected ratio. */
  activation: number;
}

export const AVERAGE: Performance = { collected: 1, activation: 1 };

export function drawPerformance(rng: Random, collectedSpread: number, activationSpread: number): Performance {
  return {
    collected: rng.between(1 - collectedSpread, 1 + collectedSpread),
    activation: rng.between(1 - activationSpread, 1 + activationSpread),
  };
}

/**
 * Lowers every value above its cap to the cap and hands the excess to the units with the most
 * room, so the sum is kept. Used to keep activated ≤ collected after a proportional split.
 */
export function capAt(values: readonly number[], caps: readonly number[]): number[] {
  const out = [...values];
  let excess = 0;
  out.forEach((value, i) => {
    const cap = caps[i] ?? 0;
    if (value > cap) {
      excess += value - cap;
      out[i] = cap;
    }
  });
  if (excess === 0) return out;
  const room = (i: number): number => (caps[i] ?? 0) - (out[i] ?? 0);
  const byRoom = out.map((_, i) => i).sort((a, b) => room(b) - room(a) || a - b);
  for (const i of byRoom) {
    const add = Math.min(room(i), excess);
    out[i] = (out[i] ?? 0) + add;
    excess -= add;
  }
  if (excess > 0) throw new Error('capAt: the caps are smaller than the total');
  return out;
}

/**
 * Splits a parent's tally over its children: collected in proportion to target × performance,
 * activated in proportion to the child's collected × its activation multiplier, capped so that
 * no child activates more than it collected. Both sums stay exact.
 */
export function splitTally(total: Counts, targets: readonly number[], performance: readonly Performance[]): Counts[] {
  const perf = (i: number): Performance => performance[i] ?? AVERAGE;
  const collected = splitLargestRemainder(
    total.collected,
    targets.map((target, i) => target * perf(i).collected),
  );
  const activated = capAt(
    splitLargestRemainder(
      total.activated,
      collected.map((c, i) => c * perf(i).activation),
    ),
    collected,
  );
  return collected.map((c, i) => ({ collected: c, activated: activated[i] ?? 0 }));
}

/** Reports run from 01-09 (day 0) to 14-11 (day 74). */
export const STORY_DAYS = 75;
/** Day 67 is 07-11, the "week ago" of 14-11: the last week's gains fall on days 68..74. */
const WEEK_AGO_DAY = STORY_DAYS - 1 - 7;
/** 01-09-2023 was a Friday (0 = Sunday). */
const FIRST_WEEKDAY = 5;
/** 02-09 to 04-09-2023 was the National Day holiday: few reports came in. */
const HOLIDAY_DAYS = new Set([1, 2, 3]);
/** No hamlet starts from nothing on 01-09: the drive had been running for months. */
const MIN_BASELINE = 0.08;

/**
 * Relative size of each day's gain for one hamlet (index 0 unused): lower at weekends and over
 * the holiday, noisy day to day. Shared by both counts of a hamlet, since a good day for
 * collection is a good day for activation too.
 */
export function dayWeights(rng: Random): number[] {
  const weights = [0];
  for (let day = 1; day < STORY_DAYS; day++) {
    const weekday = (FIRST_WEEKDAY + day) % 7;
    const calendar = HOLIDAY_DAYS.has(day) ? 0.3 : weekday === 0 ? 0.45 : weekday === 6 ? 0.75 : 1;
    weights.push(calendar * rng.between(0.6, 1.4));
  }
  return weights;
}

/** The shape of one count's curve (see MetricPlan). */
export interface SeriesShape {
  lastWeekPace: number;
  startPaceRatio: number;
}

/** Lowers the pace of a curve that would otherwise have to start below MIN_BASELINE. */
export function feasibleShape(shape: SeriesShape): SeriesShape {
  if (baselineShare(shape.lastWeekPace, shape.startPaceRatio) >= MIN_BASELINE) return shape;
  const perUnitPace = 1 - baselineShare(1, shape.startPaceRatio); // what a pace of 1 would consume
  return { ...shape, lastWeekPace: (1 - MIN_BASELINE) / perUnitPace };
}

/**
 * A cumulative daily series ending exactly at `final` on 14-11. Before the last week the daily
 * gain follows a straight line from startPaceRatio × lastWeekPace to lastWeekPace (times the
 * day's weight); in the last week it averages lastWeekPace; the rest was there on 01-09.
 * Floors of a non-decreasing curve, so the series never decreases.
 */
export function cumulativeSeries(final: number, shape: SeriesShape, weights: readonly number[]): number[] {
  const { lastWeekPace, startPaceRatio } = shape;
  const trend = (day: number): number => startPaceRatio + ((1 - startPaceRatio) * day) / WEEK_AGO_DAY;
  const raw = weights.map((weight, day) => (day === 0 ? 0 : day <= WEEK_AGO_DAY ? trend(day) * weight : weight));
  const baseline = baselineShare(lastWeekPace, startPaceRatio);
  const early = 1 - baseline - 7 * lastWeekPace;
  const earlyRaw = sumOf(raw, 1, WEEK_AGO_DAY);
  const lateRaw = sumOf(raw, WEEK_AGO_DAY + 1, STORY_DAYS - 1);
  const series = [Math.floor(final * baseline)];
  let share = baseline;
  for (let day = 1; day < STORY_DAYS; day++) {
    const r = raw[day] ?? 0;
    share += day <= WEEK_AGO_DAY ? (early * r) / earlyRaw : (7 * lastWeekPace * r) / lateRaw;
    // The epsilon absorbs float drift (0.9999999 × final must not lose an account).
    series.push(Math.min(final, Math.floor(final * share + 1e-9)));
  }
  series[STORY_DAYS - 1] = final;
  return series;
}

function sumOf(values: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i <= to; i++) sum += values[i] ?? 0;
  return sum;
}

/** Activated can never run ahead of collected on any day (both series are non-decreasing, so is their minimum). */
export function hamletSeries(
  final: Counts,
  collected: SeriesShape,
  activated: SeriesShape,
  weights: readonly number[],
): Counts[] {
  const c = cumulativeSeries(final.collected, feasibleShape(collected), weights);
  const a = cumulativeSeries(final.activated, feasibleShape(activated), weights);
  return c.map((value, day) => ({ collected: value, activated: Math.min(value, a[day] ?? 0) }));
}
