import {
  addDays,
  LEAF_LEVEL,
  splitLargestRemainder,
  type CampaignBasics,
  type Counts,
  type IsoDate,
  type Level,
} from '@chitieu/shared';
import { loadBenTreData, type GsoDistrict, type GsoUnit } from './ben-tre-story-data';
import {
  CAMPAIGN_DEADLINE,
  CAMPAIGN_START,
  planDistricts,
  ROOT_TARGET,
  STORY_TODAY,
  type DistrictPlan,
} from './ben-tre-story-plan';
import { randomFor } from './ben-tre-story-random';
import {
  AVERAGE,
  dayWeights,
  drawPerformance,
  hamletSeries,
  splitTally,
  STORY_DAYS,
  type Performance,
  type SeriesShape,
} from './ben-tre-story-series';

/**
 * The deterministic demo story (DESIGN.md, "The reference story"): Tỉnh Bến Tre's real units,
 * synthetic hamlets, the DDDT-2023 campaign, its targets and 75 days of daily cumulative hamlet
 * reports that add up to the figures Bến Tre published for 14-11-2023. Pure data, no database.
 */

export interface StoryUnit {
  code: string;
  name: string;
  level: Level;
  type: string;
  parentCode: string | null;
  population: number | null;
  synthetic: boolean;
}
export interface StoryReport {
  date: IsoDate;
  unitCode: string;
  collected: number;
  activated: number;
}
export interface StoryCampaign extends CampaignBasics {
  code: 'DDDT-2023';
  rootUnitCode: '83';
  rootTarget: number;
}
export interface Story {
  source: string;
  today: IsoDate;
  campaign: StoryCampaign;
  units: StoryUnit[];
  targets: Array<{ unitCode: string; target: number }>;
  reports: StoryReport[];
}

/** Xã Tân Xuân (Ba Tri): the commune of the demo `official` account, kept deliberately average. */
export const DEMO_COMMUNE_CODE = '29119';

const CAMPAIGN: StoryCampaign = {
  code: 'DDDT-2023',
  name: 'Thu nhận, kích hoạt tài khoản định danh điện tử',
  description:
    'Đề án 06: thu nhận hồ sơ và kích hoạt tài khoản định danh điện tử (VNeID) cho người dân, ' +
    'xây dựng mô hình "Công dân số". Công văn 7027/UBND-KSTT của UBND tỉnh Bến Tre yêu cầu hoàn ' +
    'thành chỉ tiêu 930.767 tài khoản trước ngày 15/12/2023.',
  collectedLabel: 'Thu nhận',
  activatedLabel: 'Kích hoạt',
  startDate: CAMPAIGN_START,
  deadline: CAMPAIGN_DEADLINE,
  rootUnitCode: '83',
  rootTarget: ROOT_TARGET,
};

function gsoUnit(unit: GsoUnit, level: Level, parentCode: string | null): StoryUnit {
  // Field by field: a GsoDistrict also carries its communes, which must not leak into the unit.
  const { code, name, type, population } = unit;
  return { code, name, level, type, parentCode, population, synthetic: false };
}

/** A handful to a dozen hamlets, more in more populous communes (about one per 1,100 people). */
function hamletCount(commune: GsoUnit): number {
  const drawn = Math.round(commune.population / 1100) + randomFor(commune.code, 'hamlet-count').int(-1, 1);
  const [min, max] = commune.code === DEMO_COMMUNE_CODE ? [6, 10] : [5, 12];
  return Math.min(max, Math.max(min, drawn));
}

/** Synthetic hamlets of a commune: "Ấp n" under a xã, "Khu phố n" under a phường or thị trấn. */
function makeHamlets(commune: GsoUnit): StoryUnit[] {
  const rng = randomFor(commune.code, 'hamlet-population');
  const count = hamletCount(commune);
  const populations = splitLargestRemainder(
    commune.population,
    Array.from({ length: count }, () => rng.between(0.6, 1.4)),
  );
  const type = commune.type === 'Xã' ? 'Ấp' : 'Khu phố';
  return populations.map((population, i) => ({
    code: `${commune.code}${String(i + 1).padStart(2, '0')}`,
    name: `${type} ${i + 1}`,
    level: LEAF_LEVEL,
    type,
    parentCode: commune.code,
    population,
    synthetic: true,
  }));
}

/** Targets follow people: a parent's target split over children by population. */
function splitByPopulation(target: number, children: ReadonlyArray<{ population: number | null }>): number[] {
  return splitLargestRemainder(
    target,
    children.map((child) => child.population ?? 0),
  );
}

/**
 * How a commune does against the others of its district (its share of the district's tallies)
 * and how fast it moved last week (a multiplier on the district's pace). The demo commune is
 * exactly average, so the official's first screen shows nothing odd.
 */
function communePerformance(code: string): { perf: Performance; pace: number } {
  if (code === DEMO_COMMUNE_CODE) return { perf: AVERAGE, pace: 1 };
  const rng = randomFor(code, 'commune-performance');
  return { perf: drawPerformance(rng, 0.22, 0.07), pace: rng.between(0.8, 1.2) };
}

/** One hamlet's 75 cumulative tallies, shaped around its district's plan. */
function hamletDays(code: string, final: Counts, plan: DistrictPlan, communePace: number): Counts[] {
  const rng = randomFor(code, 'series');
  const shape = (metric: 'collected' | 'activated'): SeriesShape => ({
    lastWeekPace: plan[metric].lastWeekPace * communePace * rng.between(0.85, 1.15),
    startPaceRatio: plan[metric].startPaceRatio * rng.between(0.85, 1.15),
  });
  const collected = shape('collected');
  const activated = shape('activated');
  return hamletSeries(final, collected, activated, dayWeights(rng));
}

/** The reports of all hamlets, sorted by date then hamlet code. */
function toReports(days: ReadonlyMap<string, Counts[]>): StoryReport[] {
  const codes = [...days.keys()].sort();
  const reports: StoryReport[] = [];
  for (let day = 0; day < STORY_DAYS; day++) {
    const date = addDays(CAMPAIGN_START, day);
    for (const unitCode of codes) {
      const tally = days.get(unitCode)?.[day] ?? { collected: 0, activated: 0 };
      reports.push({ date, unitCode, ...tally });
    }
  }
  return reports;
}

/** What the districts' walk down the tree accumulates, level by level (units and targets in order). */
interface Below {
  communes: StoryUnit[];
  hamlets: StoryUnit[];
  communeTargets: Story['targets'];
  hamletTargets: Story['targets'];
  days: Map<string, Counts[]>;
}

/** What a commune inherits from its district. */
interface CommuneShare {
  target: number;
  /** Its tallies on 14-11. */
  final: Counts;
  /** Its multiplier on the district's last-week pace. */
  pace: number;
  plan: DistrictPlan;
}

/** A commune, its hamlets, their targets, and the hamlets' daily tallies. */
function addCommune(
  below: Below,
  gso: GsoUnit,
  districtCode: string,
  { target, final, pace, plan }: CommuneShare,
): void {
  const commune = gsoUnit(gso, 'COMMUNE', districtCode);
  below.communes.push(commune);
  below.communeTargets.push({ unitCode: commune.code, target });
  const hamlets = makeHamlets(gso);
  const targets = splitByPopulation(target, hamlets);
  const rng = randomFor(commune.code, 'hamlet-performance');
  const finals = splitTally(
    final,
    targets,
    hamlets.map(() => drawPerformance(rng, 0.1, 0.04)),
  );
  hamlets.forEach((hamlet, h) => {
    below.hamlets.push(hamlet);
    below.hamletTargets.push({ unitCode: hamlet.code, target: targets[h] ?? 0 });
    below.days.set(hamlet.code, hamletDays(hamlet.code, finals[h] ?? { collected: 0, activated: 0 }, plan, pace));
  });
}

/** Spreads a district's target (by population) and its 14-11 tallies (by performance) over its communes. */
function addDistrict(below: Below, gso: GsoDistrict, plan: DistrictPlan): void {
  const targets = splitByPopulation(plan.target, gso.communes);
  const performance = gso.communes.map((c) => communePerformance(c.code));
  const finals = splitTally(
    { collected: plan.collected.final, activated: plan.activated.final },
    targets,
    performance.map((p) => p.perf),
  );
  gso.communes.forEach((commune, c) => {
    addCommune(below, commune, gso.code, {
      target: targets[c] ?? 0,
      final: finals[c] ?? { collected: 0, activated: 0 },
      pace: performance[c]?.pace ?? 1,
      plan,
    });
  });
}

const SOURCE_NOTE =
  "Hamlets (ấp, khu phố) are not in GSO's catalogue: they, their populations and every tally are " +
  'synthetic demo data, shaped so that the province and district figures match those Bến Tre ' +
  'published for 14-11-2023.';

export function buildBenTreStory(): Story {
  const data = loadBenTreData();
  const province = gsoUnit(data.province, 'PROVINCE', null);
  const districts = data.districts.map((d) => gsoUnit(d, 'DISTRICT', province.code));
  const split = splitByPopulation(ROOT_TARGET, districts);
  const districtTargets = districts.map((d, i) => ({ unitCode: d.code, target: split[i] ?? 0 }));
  const plans = planDistricts(new Map(districtTargets.map((t) => [t.unitCode, t.target])));

  const below: Below = { communes: [], hamlets: [], communeTargets: [], hamletTargets: [], days: new Map() };
  data.districts.forEach((district, d) => {
    const plan = plans[d];
    if (!plan) throw new Error(`No plan for district ${district.code}`);
    addDistrict(below, district, plan);
  });

  return {
    source: `Units and population: ${data.source}. ${SOURCE_NOTE}`,
    today: STORY_TODAY,
    campaign: { ...CAMPAIGN },
    units: [province, ...districts, ...below.communes, ...below.hamlets],
    targets: [...districtTargets, ...below.communeTargets, ...below.hamletTargets],
    reports: toReports(below.days),
  };
}
