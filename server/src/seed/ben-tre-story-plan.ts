import { daysBetween, splitLargestRemainder, type IsoDate } from '@chitieu/shared';

/**
 * The district-level shape of the story on 14-11-2023: the figures of the article for the
 * province and four districts, and made-up but consistent figures for the other five. Everything
 * below districts is derived from this plan (ben-tre-story-series.ts).
 */

export const CAMPAIGN_START: IsoDate = '2023-09-01';
export const CAMPAIGN_DEADLINE: IsoDate = '2023-12-15';
/** The article's date: the last day with reports. */
export const STORY_AS_OF: IsoDate = '2023-11-14';
/** The demo's business "today": the day after the article, so the story is live. */
export const STORY_TODAY: IsoDate = '2023-11-15';
export const ROOT_TARGET = 930_767;

/** Province tallies on 14-11-2023, from the article (88.33% and 71.30% of 930,767). */
export const PROVINCE_ON_AS_OF = { collected: 822_139, activated: 663_614 } as const;

/**
 * The four districts the article names, as rates of their own targets. Rates are hit to the
 * nearest account, which is far inside the ±0.005% that rounding to 0.01% allows.
 */
const ARTICLE_RATES: Readonly<Record<string, { collected: number; activated: number }>> = {
  '837': { collected: 1.0126, activated: 0.8377 }, // Thạnh Phú: target met, activation highest
  '831': { collected: 1.0058, activated: 0.7981 }, // Châu Thành: target met, activation second
  '836': { collected: 0.716, activated: 0.5685 }, // Ba Tri: lowest
  '838': { collected: 0.7749, activated: 0.6836 }, // Mỏ Cày Bắc: second lowest
};

/**
 * The other five share what the province total leaves, each tilted a little from the average
 * (relative skew) so they do not look cloned. Kept small so all five stay between Mỏ Cày Bắc and
 * Châu Thành on both rates (the average is about 89% collected and 71% activated).
 */
const OTHER_SKEW: Readonly<Record<string, { collected: number; activated: number }>> = {
  '829': { collected: 0.034, activated: 0.021 }, // Thành phố Bến Tre: the city is a little ahead
  '832': { collected: -0.018, activated: 0.012 },
  '833': { collected: 0.011, activated: -0.016 },
  '834': { collected: -0.036, activated: -0.019 },
  '835': { collected: 0.006, activated: 0.006 },
};

/**
 * How fast each district's counts move (collected, activated). `lastWeek`: last week's pace as a
 * multiple of the pace the district needs to finish by the deadline: ≥ 1 projects completion in
 * time (ON_TRACK), < 1 after it (AT_RISK). Thạnh Phú and Châu Thành keep a margin, so they are
 * still ON_TRACK on 15-11 (the demo's today) before that day's reports come in. The province's
 * activation comes out near 0.88 of the 8,618/day it needs, as the article's call to speed up
 * implies. `start`: how fast each count moved on 01-09 compared with the last week (see
 * MetricPlan.startPaceRatio). Activation sped up a lot over the autumn (the province pushed it
 * hard), collection less; counts already past their target were slowing down. Together with the
 * pace these fix how much was already there on 01-09: about two thirds of the 14-11 figure for
 * collected, a third for activated.
 */
const PACE: Readonly<
  Record<
    string,
    { lastWeek: { collected: number; activated: number }; start: { collected: number; activated: number } }
  >
> = {
  '829': { lastWeek: { collected: 1.12, activated: 1.08 }, start: { collected: 0.8, activated: 0.45 } },
  '831': { lastWeek: { collected: 1, activated: 1.34 }, start: { collected: 6, activated: 0.6 } },
  '832': { lastWeek: { collected: 0.9, activated: 0.86 }, start: { collected: 0.8, activated: 0.5 } },
  '833': { lastWeek: { collected: 1.02, activated: 0.95 }, start: { collected: 0.8, activated: 0.45 } },
  '834': { lastWeek: { collected: 0.82, activated: 0.8 }, start: { collected: 0.8, activated: 0.5 } },
  '835': { lastWeek: { collected: 1.06, activated: 1.03 }, start: { collected: 0.8, activated: 0.45 } },
  '836': { lastWeek: { collected: 0.62, activated: 0.5 }, start: { collected: 0.7, activated: 0.4 } },
  '837': { lastWeek: { collected: 1, activated: 1.4 }, start: { collected: 8, activated: 0.6 } },
  '838': { lastWeek: { collected: 0.74, activated: 0.72 }, start: { collected: 0.8, activated: 0.5 } },
};

/** Once a count has reached its target, stragglers still come in: this share of the target a day. */
const DONE_DAILY_SHARE = 0.0012;

/** A district curve starting lower than this on 01-09 would mean the tables above are mistuned. */
const MIN_DISTRICT_BASELINE = 0.2;

export interface MetricPlan {
  /** The cumulative tally on 14-11. */
  final: number;
  /** Planned mean daily gain over the last 7 days (08-11 to 14-11), as a share of `final`. */
  lastWeekPace: number;
  /**
   * The daily pace at the start (01-09) relative to `lastWeekPace`; until 07-11 the pace moves in
   * a straight line from one to the other, so the curve has no kink where the last week begins. Below 1 the
   * drive speeds up; above 1 it slows down (a target already met).
   */
  startPaceRatio: number;
}

export interface DistrictPlan {
  code: string;
  target: number;
  collected: MetricPlan;
  activated: MetricPlan;
}

function lookup<T>(table: Readonly<Record<string, T>>, code: string): T {
  const value = table[code];
  if (value === undefined) throw new Error(`No story plan for district ${code}`);
  return value;
}

/** Tallies on 14-11 for every district, summing exactly to the province's. */
function districtFinals(targets: ReadonlyMap<string, number>): Map<string, { collected: number; activated: number }> {
  const finals = new Map<string, { collected: number; activated: number }>();
  const targetOf = (code: string): number => targets.get(code) ?? 0;
  for (const [code, rates] of Object.entries(ARTICLE_RATES)) {
    const target = targetOf(code);
    finals.set(code, {
      collected: Math.round(rates.collected * target),
      activated: Math.round(rates.activated * target),
    });
  }
  const others = [...targets.keys()].filter((code) => !finals.has(code));
  const fixed = [...finals.values()];
  const left = (metric: 'collected' | 'activated'): number =>
    PROVINCE_ON_AS_OF[metric] - fixed.reduce((sum, f) => sum + f[metric], 0);
  const share = (metric: 'collected' | 'activated'): number[] =>
    splitLargestRemainder(
      left(metric),
      others.map((code) => targetOf(code) * (1 + lookup(OTHER_SKEW, code)[metric])),
    );
  const collected = share('collected');
  const activated = share('activated');
  others.forEach((code, i) => finals.set(code, { collected: collected[i] ?? 0, activated: activated[i] ?? 0 }));
  return finals;
}

/** Days 1..67 (02-09 to 07-11) come before the last week, days 68..74 are in it. */
const DAYS_BEFORE_LAST_WEEK = 67;

/**
 * The share of the 14-11 figure reached on 01-09 for a daily pace that moves linearly from
 * startPaceRatio × lastWeekPace on 01-09 (day 0) to lastWeekPace on 07-11 (day 67), then holds
 * for the last 7 days.
 */
export function baselineShare(lastWeekPace: number, startPaceRatio: number): number {
  const n = DAYS_BEFORE_LAST_WEEK;
  const beforeLastWeek = lastWeekPace * ((startPaceRatio * (n - 1)) / 2 + (n + 1) / 2);
  return 1 - 7 * lastWeekPace - beforeLastWeek;
}

function metricPlan(
  code: string,
  final: number,
  target: number,
  startPaceRatio: number,
  paceFactor: number,
): MetricPlan {
  const remaining = Math.max(0, target - final);
  const daysLeft = daysBetween(STORY_AS_OF, CAMPAIGN_DEADLINE);
  const dailyPace = remaining > 0 ? (paceFactor * remaining) / daysLeft : DONE_DAILY_SHARE * target;
  const lastWeekPace = dailyPace / final;
  if (!(baselineShare(lastWeekPace, startPaceRatio) >= MIN_DISTRICT_BASELINE)) {
    throw new Error(`Story plan for ${code}: the pace leaves too little for 01-09`);
  }
  return { final, lastWeekPace, startPaceRatio };
}

/** The plan for each district, in the order of `targets` (district code → target). */
export function planDistricts(targets: ReadonlyMap<string, number>): DistrictPlan[] {
  const finals = districtFinals(targets);
  return [...targets].map(([code, target]) => {
    const final = finals.get(code) ?? { collected: 0, activated: 0 };
    const { start, lastWeek } = lookup(PACE, code);
    return {
      code,
      target,
      collected: metricPlan(code, final.collected, target, start.collected, lastWeek.collected),
      activated: metricPlan(code, final.activated, target, start.activated, lastWeek.activated),
    };
  });
}
