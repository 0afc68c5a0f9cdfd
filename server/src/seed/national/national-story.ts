import { addDays, splitLargestRemainder, type IsoDate } from '@chitieu/shared';
import { nationalRandom, type NationalTree, type TreeUnit } from './national-tree';

/**
 * The national campaign's figures, all synthetic: targets split from the country down to every
 * hamlet (largest remainder over the hamlets' synthetic people), and each hamlet's daily
 * cumulative tallies, shaped by its province's pace with noise at every level below. Some hamlets
 * miss a day now and then; their next report carries the total on. Pure, in memory.
 */

export const CAMPAIGN_START: IsoDate = '2023-09-16';
/** The country's target: this share of the hamlets' synthetic people. */
const TARGET_SHARE = 0.82;

export interface DaySeries {
  /** Per unit and day (index unit * days + day): the tally in force that day. */
  collected: Int32Array;
  activated: Int32Array;
  /** Hamlets: 1 when the hamlet reported that day. Above: how many hamlets below reported. */
  reported: Int32Array;
}

export interface NationalStory {
  days: number;
  dates: IsoDate[];
  /** The day after the last report: the business clock of the seeded database. */
  today: IsoDate;
  /** Targets per level, parallel to tree.levels. */
  targets: number[][];
  /** Series per level, parallel to tree.levels (hamlets last). */
  series: DaySeries[];
}

interface Shape {
  rate: number;
  activatedShare: number;
  pace: number;
  skip: number;
}

/** Top down: the country's target over provinces, each over its districts, and so on to hamlets. */
function splitTargets(tree: NationalTree): number[][] {
  const targets = tree.levels.map((units) => units.map(() => 0));
  const root = tree.levels[0][0]!;
  targets[0]![0] = Math.round(root.weight * TARGET_SHARE);
  for (let depth = 0; depth < 4; depth++) {
    const parents = tree.levels[depth]!;
    const children = tree.levels[depth + 1]!;
    parents.forEach((parent, p) => {
      if (parent.end === parent.first) return;
      const weights = children.slice(parent.first, parent.end).map((c) => c.weight);
      const parts = splitLargestRemainder(targets[depth]![p]!, weights);
      parts.forEach((t, i) => (targets[depth + 1]![parent.first + i] = t));
    });
  }
  return targets;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** How a province does by the last day, and how its pace and reporting discipline look. */
function provinceShape(code: string): Shape {
  const rng = nationalRandom(code, 'performance');
  return {
    rate: rng.between(0.6, 1.02),
    activatedShare: rng.between(0.66, 0.9),
    pace: rng.between(0.75, 1.5),
    skip: rng.between(0, 0.06),
  };
}

function tilt(shape: Shape, code: string, spread: number): Shape {
  const rng = nationalRandom(code, 'performance');
  return {
    rate: shape.rate * rng.between(1 - spread, 1 + spread),
    activatedShare: shape.activatedShare * rng.between(1 - spread / 2, 1 + spread / 2),
    pace: shape.pace * rng.between(1 - spread, 1 + spread),
    skip: shape.skip,
  };
}

/** Cumulative share of the final figure reached by each day, from 0 up to exactly 1 on the last. */
function curve(days: number, pace: number, dayFactor: readonly number[], noise: () => number): Float64Array {
  const out = new Float64Array(days);
  let sum = 0;
  let before = 0;
  for (let t = 0; t < days; t++) {
    const reached = ((t + 1) / days) ** pace;
    sum += (reached - before) * (dayFactor[t] ?? 1) * noise();
    before = reached;
    out[t] = sum;
  }
  for (let t = 0; t < days; t++) out[t] = out[t]! / sum;
  return out;
}

function hamletSeries(
  hamlet: TreeUnit,
  target: number,
  shape: Shape,
  dayFactor: readonly number[],
  at: number,
  out: DaySeries,
): void {
  const days = dayFactor.length;
  const rng = nationalRandom(hamlet.code, 'series');
  const rate = clamp(shape.rate * rng.between(0.85, 1.15), 0.15, 1.2);
  const share = clamp(shape.activatedShare * rng.between(0.9, 1.08), 0.4, 0.97);
  const pace = shape.pace * rng.between(0.85, 1.15);
  const finalCollected = Math.round(target * rate);
  const finalActivated = Math.round(finalCollected * share);
  const noise = () => rng.between(0.6, 1.4);
  const c = curve(days, pace, dayFactor, noise);
  // Activation trails collection: a slower start, the same last day.
  const a = curve(days, pace * 1.25, dayFactor, noise);
  let collected = 0;
  let activated = 0;
  for (let t = 0; t < days; t++) {
    const i = at + t;
    if (rng.next() >= shape.skip) {
      collected = Math.round(finalCollected * c[t]!);
      activated = Math.min(collected, Math.round(finalActivated * a[t]!));
      out.reported[i] = 1;
    }
    out.collected[i] = collected;
    out.activated[i] = activated;
  }
}

function emptySeries(units: number, days: number): DaySeries {
  return {
    collected: new Int32Array(units * days),
    activated: new Int32Array(units * days),
    reported: new Int32Array(units * days),
  };
}

/** Each level's series is the sum of its children's, day by day: what the roll-ups hold. */
function sumUp(tree: NationalTree, series: DaySeries[], days: number): void {
  for (let depth = 3; depth >= 0; depth--) {
    const parents = tree.levels[depth]!;
    const below = series[depth + 1]!;
    const out = series[depth]!;
    parents.forEach((parent, p) => {
      for (let child = parent.first; child < parent.end; child++) {
        for (let t = 0; t < days; t++) {
          out.collected[p * days + t]! += below.collected[child * days + t]!;
          out.activated[p * days + t]! += below.activated[child * days + t]!;
          out.reported[p * days + t]! += below.reported[child * days + t]!;
        }
      }
    });
  }
}

export function buildNationalStory(
  tree: NationalTree,
  days: number,
  onHamlets?: (done: number, total: number) => void,
): NationalStory {
  const dates = Array.from({ length: days }, (_, t) => addDays(CAMPAIGN_START, t));
  // Sundays are slow: fewer people come to the commune's police post.
  const dayFactor = dates.map((d) => (new Date(`${d}T00:00:00Z`).getUTCDay() === 0 ? 0.45 : 1));
  const targets = splitTargets(tree);
  const series = tree.levels.map((units) => emptySeries(units.length, days));
  const [, provinces, districts, communes, hamlets] = tree.levels;
  const hamletTargets = targets[4]!;
  let done = 0;
  provinces.forEach((province) => {
    const pShape = provinceShape(province.code);
    for (let d = province.first; d < province.end; d++) {
      const district = districts[d]!;
      const dShape = tilt(pShape, district.code, 0.1);
      for (let c = district.first; c < district.end; c++) {
        const commune = communes[c]!;
        const cShape = tilt(dShape, commune.code, 0.12);
        for (let h = commune.first; h < commune.end; h++)
          hamletSeries(hamlets[h]!, hamletTargets[h]!, cShape, dayFactor, h * days, series[4]!);
        done += commune.end - commune.first;
      }
      onHamlets?.(done, hamlets.length);
    }
  });
  sumUp(tree, series, days);
  return { days, dates, today: addDays(CAMPAIGN_START, days), targets, series };
}
