import { describe, expect, it, vi } from 'vitest';
import { addDays, assessProgress, type Counts, type IsoDate } from '@chitieu/shared';
import { buildBenTreStory, DEMO_COMMUNE_CODE, type Story, type StoryUnit } from './ben-tre-story';

// Everything below is checked from the returned data only, the way the console will read it.
const started = performance.now();
const story = buildBenTreStory();
const buildMs = performance.now() - started;

const AS_OF = '2023-11-14';
const DEADLINE = '2023-12-15';
const ROOT = '83';
const [THANH_PHU, CHAU_THANH, BA_TRI, MO_CAY_BAC] = ['837', '831', '836', '838'];
const OTHER_FIVE = ['829', '832', '833', '834', '835'];

const unitsByCode = new Map(story.units.map((u) => [u.code, u]));
const ofLevel = (level: StoryUnit['level']): StoryUnit[] => story.units.filter((u) => u.level === level);
const childrenOf = (code: string): StoryUnit[] => story.units.filter((u) => u.parentCode === code);
const targetOf = new Map(story.targets.map((t) => [t.unitCode, t.target]));
targetOf.set(ROOT, story.campaign.rootTarget);
const target = (code: string): number => targetOf.get(code) ?? Number.NaN;

/** A unit's tally on day D: the sum over its hamlets of each hamlet's latest report on or before D. */
function talliesOn(s: Story, date: IsoDate): Map<string, Counts> {
  const latest = new Map<string, Story['reports'][number]>();
  for (const r of s.reports) {
    const seen = latest.get(r.unitCode);
    if (r.date <= date && (!seen || r.date > seen.date)) latest.set(r.unitCode, r);
  }
  const parents = new Map(s.units.map((u) => [u.code, u.parentCode]));
  const tallies = new Map<string, Counts>();
  for (const r of latest.values()) {
    for (let code: string | null | undefined = r.unitCode; code; code = parents.get(code)) {
      const t = tallies.get(code) ?? { collected: 0, activated: 0 };
      tallies.set(code, { collected: t.collected + r.collected, activated: t.activated + r.activated });
    }
  }
  return tallies;
}

const now = talliesOn(story, AS_OF);
const weekAgo = talliesOn(story, addDays(AS_OF, -7));
const tally = (code: string, on = now): Counts => on.get(code) ?? { collected: 0, activated: 0 };
const rates = (code: string): Counts => ({
  collected: tally(code).collected / target(code),
  activated: tally(code).activated / target(code),
});
const assess = (code: string, asOf: IsoDate = AS_OF) =>
  assessProgress({
    target: target(code),
    current: tally(code, asOf === AS_OF ? now : talliesOn(story, asOf)),
    weekAgo: tally(code, asOf === AS_OF ? weekAgo : talliesOn(story, addDays(asOf, -7))),
    asOf,
    deadline: DEADLINE,
  });

/** "83.77%": the rate rounds to that at two decimals of a percent. */
function expectPercent(rate: number, percent: number): void {
  expect(rate).toBeGreaterThanOrEqual((percent - 0.005) / 100);
  expect(rate).toBeLessThan((percent + 0.005) / 100);
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('units', () => {
  it('has the province, its 9 districts, 157 communes and 5 to 12 hamlets per commune', () => {
    expect(ofLevel('PROVINCE').map((u) => [u.code, u.name, u.type])).toEqual([[ROOT, 'Tỉnh Bến Tre', 'Tỉnh']]);
    expect(ofLevel('DISTRICT')).toHaveLength(9);
    expect(ofLevel('COMMUNE')).toHaveLength(157);
    for (const commune of ofLevel('COMMUNE')) {
      const count = childrenOf(commune.code).length;
      expect(count).toBeGreaterThanOrEqual(5);
      expect(count).toBeLessThanOrEqual(12);
    }
    expect(story.units).toHaveLength(1 + 9 + 157 + ofLevel('HAMLET').length);
    expect(unitsByCode.get(THANH_PHU)).toMatchObject({ name: 'Huyện Thạnh Phú', type: 'Huyện', parentCode: ROOT });
    expect(unitsByCode.get(DEMO_COMMUNE_CODE)).toMatchObject({ name: 'Xã Tân Xuân', type: 'Xã', parentCode: BA_TRI });
  });

  it('has unique codes, and every parent exists and comes before its children', () => {
    expect(new Set(story.units.map((u) => u.code)).size).toBe(story.units.length);
    const seen = new Set<string>();
    const below = {
      COUNTRY: null,
      PROVINCE: null,
      DISTRICT: 'PROVINCE',
      COMMUNE: 'DISTRICT',
      HAMLET: 'COMMUNE',
    } as const;
    for (const unit of story.units) {
      if (unit.parentCode === null) expect(unit.level).toBe('PROVINCE');
      else {
        expect(seen.has(unit.parentCode)).toBe(true);
        expect(unitsByCode.get(unit.parentCode)?.level).toBe(below[unit.level]);
      }
      seen.add(unit.code);
    }
  });

  it('labels hamlets synthetic and names them by the commune type', () => {
    for (const commune of ofLevel('COMMUNE')) {
      const type = commune.type === 'Xã' ? 'Ấp' : 'Khu phố';
      expect(['Xã', 'Phường', 'Thị trấn']).toContain(commune.type);
      childrenOf(commune.code).forEach((hamlet, i) => {
        expect(hamlet).toMatchObject({ type, name: `${type} ${i + 1}`, synthetic: true });
        expect(hamlet.code).toBe(`${commune.code}${String(i + 1).padStart(2, '0')}`);
      });
    }
    expect(story.units.filter((u) => u.synthetic)).toEqual(ofLevel('HAMLET'));
    expect(story.source).toMatch(/General Statistics Office/);
    expect(story.source).toMatch(/synthetic/);
  });

  it('has populations that sum exactly at every level', () => {
    for (const unit of story.units.filter((u) => u.level !== 'HAMLET')) {
      expect(unit.population).toBeGreaterThan(0);
      expect(sum(childrenOf(unit.code).map((c) => c.population ?? 0))).toBe(unit.population);
    }
    expect(unitsByCode.get(ROOT)?.population).toBe(1_288_463);
  });
});

describe('campaign and targets', () => {
  it('is DDDT-2023 as of 15-11-2023', () => {
    expect(story.today).toBe('2023-11-15');
    expect(story.campaign).toMatchObject({
      code: 'DDDT-2023',
      name: 'Thu nhận, kích hoạt tài khoản định danh điện tử',
      collectedLabel: 'Thu nhận',
      activatedLabel: 'Kích hoạt',
      startDate: '2023-09-01',
      deadline: DEADLINE,
      rootUnitCode: ROOT,
      rootTarget: 930_767,
    });
    expect(story.campaign.description).toMatch(/Đề án 06/);
    expect(story.campaign.description).toMatch(/Công dân số/);
  });

  it('has one target per non-root unit, summing exactly to the parent and following population', () => {
    expect(story.targets.map((t) => t.unitCode)).toEqual(story.units.slice(1).map((u) => u.code));
    for (const parent of story.units.filter((u) => u.level !== 'HAMLET')) {
      const children = childrenOf(parent.code);
      expect(sum(children.map((c) => target(c.code)))).toBe(target(parent.code));
      for (const child of children) {
        // Largest remainder: never more than one account from the exact proportional share.
        const exact = (target(parent.code) * (child.population ?? 0)) / (parent.population ?? 1);
        expect(Math.abs(target(child.code) - exact)).toBeLessThan(1);
        expect(Number.isInteger(target(child.code))).toBe(true);
      }
    }
  });
});

describe('reports', () => {
  const hamlets = ofLevel('HAMLET');
  const dates = Array.from({ length: 75 }, (_, i) => addDays('2023-09-01', i));

  it('has one report per hamlet and day from 01-09 to 14-11, sorted by date then unit', () => {
    expect(dates.at(-1)).toBe(AS_OF);
    expect(story.reports).toHaveLength(hamlets.length * 75);
    const expected = dates.flatMap((date) => hamlets.map((h) => `${date} ${h.code}`).sort());
    expect(story.reports.map((r) => `${r.date} ${r.unitCode}`)).toEqual(expected);
  });

  it('is cumulative per hamlet: integers, never decreasing, activated never above collected', () => {
    // Problems are collected and compared once: 88k reports × several expect() calls is slow.
    const problems: string[] = [];
    const previous = new Map<string, Counts>();
    for (const r of story.reports) {
      const before = previous.get(r.unitCode) ?? { collected: 0, activated: 0 };
      const at = `${r.unitCode} ${r.date}`;
      if (!Number.isInteger(r.collected) || !Number.isInteger(r.activated)) problems.push(`${at}: not integers`);
      if (r.activated < 0 || r.activated > r.collected) problems.push(`${at}: activated out of range`);
      if (r.collected < before.collected || r.activated < before.activated) problems.push(`${at}: decreases`);
      previous.set(r.unitCode, r);
    }
    expect(problems).toEqual([]);
  });

  it('starts from a non-zero baseline on 01-09 and rises', () => {
    const first = talliesOn(story, '2023-09-01');
    for (const hamlet of hamlets) {
      expect(tally(hamlet.code, first).activated).toBeGreaterThan(0);
      expect(tally(hamlet.code).collected).toBeGreaterThan(tally(hamlet.code, first).collected);
      expect(tally(hamlet.code).activated).toBeGreaterThan(tally(hamlet.code, first).activated);
    }
  });

  it('shows clearly lower province figures on 31-10 than on 14-11', () => {
    const october = tally(ROOT, talliesOn(story, '2023-10-31'));
    expect(tally(ROOT).collected - october.collected).toBeGreaterThan(20_000);
    expect(tally(ROOT).activated - october.activated).toBeGreaterThan(50_000);
  });
});

describe('figures on 14-11-2023', () => {
  it('reproduces the province exactly', () => {
    expect(tally(ROOT)).toEqual({ collected: 822_139, activated: 663_614 });
    expectPercent(rates(ROOT).collected, 88.33);
    expectPercent(rates(ROOT).activated, 71.3);
  });

  it('reproduces the four districts of the article', () => {
    expect(rates(THANH_PHU).collected).toBeGreaterThanOrEqual(1);
    expectPercent(rates(THANH_PHU).activated, 83.77);
    expect(rates(CHAU_THANH).collected).toBeGreaterThanOrEqual(1);
    expectPercent(rates(CHAU_THANH).activated, 79.81);
    expectPercent(rates(BA_TRI).collected, 71.6);
    expectPercent(rates(BA_TRI).activated, 56.85);
    expectPercent(rates(MO_CAY_BAC).collected, 77.49);
    expectPercent(rates(MO_CAY_BAC).activated, 68.36);
  });

  it('keeps the ranking: the other five strictly between Mỏ Cày Bắc and Châu Thành', () => {
    const byActivation = ofLevel('DISTRICT')
      .map((d) => d.code)
      .sort((a, b) => rates(b).activated - rates(a).activated);
    expect(byActivation.slice(0, 2)).toEqual([THANH_PHU, CHAU_THANH]);
    expect(byActivation.slice(-2)).toEqual([MO_CAY_BAC, BA_TRI]);
    for (const code of OTHER_FIVE) {
      for (const metric of ['collected', 'activated'] as const) {
        expect(rates(code)[metric]).toBeGreaterThan(rates(MO_CAY_BAC)[metric]);
        expect(rates(code)[metric]).toBeLessThan(rates(CHAU_THANH)[metric]);
      }
    }
  });

  it('varies below districts: some communes over target, some far behind', () => {
    const communeRates = ofLevel('COMMUNE').map((c) => rates(c.code).collected);
    expect(communeRates.filter((r) => r >= 1).length).toBeGreaterThan(5);
    expect(communeRates.filter((r) => r < 0.65).length).toBeGreaterThan(0);
  });

  it('keeps Xã Tân Xuân, the demo commune, unremarkable', () => {
    expect(childrenOf(DEMO_COMMUNE_CODE).length).toBeGreaterThanOrEqual(6);
    expect(childrenOf(DEMO_COMMUNE_CODE).length).toBeLessThanOrEqual(10);
    for (const metric of ['collected', 'activated'] as const) {
      expect(Math.abs(rates(DEMO_COMMUNE_CODE)[metric] - rates(BA_TRI)[metric])).toBeLessThan(0.05);
    }
  });
});

describe('pace on 14-11-2023', () => {
  it('puts the province AT_RISK: its activation pace is below the 8,618 a day it needs', () => {
    const province = assess(ROOT);
    expect(province.state).toBe('AT_RISK');
    expect(province.activated.daysLeft).toBe(31);
    expect(Math.ceil(province.activated.paceNeeded ?? 0)).toBe(8_618);
    expect(province.activated.recentPace).toBeLessThan(8_618);
    expect(province.activated.state).toBe('AT_RISK');
  });

  it('has Thạnh Phú and Châu Thành ON_TRACK, their collection DONE', () => {
    for (const code of [THANH_PHU, CHAU_THANH]) {
      expect(assess(code)).toMatchObject({
        state: 'ON_TRACK',
        collected: { state: 'DONE' },
        activated: { state: 'ON_TRACK' },
      });
    }
  });

  it('has Ba Tri and Mỏ Cày Bắc AT_RISK', () => {
    expect(assess(BA_TRI).state).toBe('AT_RISK');
    expect(assess(MO_CAY_BAC).state).toBe('AT_RISK');
  });

  // The console opens on the business clock's today, 15-11, before that day's reports: the
  // week's pace then holds six days of gains, and the story must still read the same.
  it("reads the same on 15-11-2023, before that day's reports", () => {
    const today = '2023-11-15';
    expect(assess(ROOT, today).state).toBe('AT_RISK');
    for (const code of [THANH_PHU, CHAU_THANH]) expect(assess(code, today).state, code).toBe('ON_TRACK');
    for (const code of [BA_TRI, MO_CAY_BAC]) expect(assess(code, today).state, code).toBe('AT_RISK');
  });
});

describe('buildBenTreStory', () => {
  it('is deterministic and uses no Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    expect(buildBenTreStory()).toEqual(story);
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
  });

  it('runs well under a second', () => {
    const start = performance.now();
    buildBenTreStory();
    expect(performance.now() - start).toBeLessThan(1000);
    expect(buildMs).toBeLessThan(1000);
  });
});
