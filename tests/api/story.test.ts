import { describe, expect, it } from 'vitest';
import { errorCodes } from '../support/graphql';
import { useServer } from '../support/use-server';

// The reference story (DESIGN.md): the seed must reproduce Bến Tre's figures of 14-11-2023
// exactly, through the public API.
const { admin } = useServer({ logins: ['admin'] });

const PROGRESS = `progress(campaign: "DDDT-2023", asOf: $asOf) { target collected activated collectedRate activatedRate percentDone state daysLeft
  activation { remaining paceNeeded recentPace projectedCompletion state } collection { state } }`;

const pct = (rate: number) => (rate * 100).toFixed(2);

describe('the demo on 14-11-2023', () => {
  it('gives the province figures of Công văn 7027', async () => {
    const { unit } = await admin.data(`query ($asOf: Date) { unit(code: "83") { code name level ${PROGRESS} } }`, {
      asOf: '2023-11-14',
    });
    expect(unit).toMatchObject({ code: '83', name: 'Tỉnh Bến Tre', level: 'PROVINCE' });
    expect(unit.progress).toMatchObject({ target: 930_767, collected: 822_139, activated: 663_614, daysLeft: 31 });
    expect(unit.progress.collectedRate).toBe(822_139 / 930_767);
    expect(unit.progress.activatedRate).toBe(663_614 / 930_767);
    expect(pct(unit.progress.collectedRate)).toBe('88.33');
    expect(pct(unit.progress.activatedRate)).toBe('71.30');
    // The province's last-7-day activation pace is below the pace it needs: AT_RISK.
    expect(unit.progress.activation.paceNeeded).toBeCloseTo(267_153 / 31, 6);
    expect(unit.progress.activation.recentPace).toBeLessThan(unit.progress.activation.paceNeeded);
    expect(unit.progress.state).toBe('AT_RISK');
  });

  it('ranks the districts as the article does', async () => {
    const { unit } = await admin.data(
      `query ($asOf: Date) { unit(code: "83") { children { code name ${PROGRESS} } } }`,
      { asOf: '2023-11-14' },
    );
    const byCode = new Map<string, any>(unit.children.map((c: any) => [c.code, c]));
    expect(byCode.size).toBe(9);
    const thanhPhu = byCode.get('837').progress;
    const chauThanh = byCode.get('831').progress;
    const baTri = byCode.get('836').progress;
    const moCayBac = byCode.get('838').progress;
    expect(thanhPhu.collectedRate).toBeGreaterThanOrEqual(1);
    expect(pct(thanhPhu.activatedRate)).toBe('83.77');
    expect(chauThanh.collectedRate).toBeGreaterThanOrEqual(1);
    expect(pct(chauThanh.activatedRate)).toBe('79.81');
    expect([pct(baTri.collectedRate), pct(baTri.activatedRate)]).toEqual(['71.60', '56.85']);
    expect([pct(moCayBac.collectedRate), pct(moCayBac.activatedRate)]).toEqual(['77.49', '68.36']);
    const ranked = [...byCode.values()]
      .sort((a, b) => b.progress.activatedRate - a.progress.activatedRate)
      .map((c) => c.code);
    expect(ranked.slice(0, 2)).toEqual(['837', '831']);
    expect(ranked.slice(-2)).toEqual(['838', '836']);
    for (const code of ['829', '832', '833', '834', '835']) {
      const p = byCode.get(code).progress;
      expect(p.collectedRate).toBeGreaterThan(moCayBac.collectedRate);
      expect(p.collectedRate).toBeLessThan(chauThanh.collectedRate);
      expect(p.activatedRate).toBeGreaterThan(moCayBac.activatedRate);
      expect(p.activatedRate).toBeLessThan(chauThanh.activatedRate);
    }
    expect([thanhPhu.state, chauThanh.state, baTri.state, moCayBac.state]).toEqual([
      'ON_TRACK',
      'ON_TRACK',
      'AT_RISK',
      'AT_RISK',
    ]);
    expect(thanhPhu.collection.state).toBe('DONE');
  });

  it('reads a level a window at a time, with the rows and figures of the whole level', async () => {
    const LEVEL = `query ($first: Int, $offset: Int, $asOf: Date) { unit(code: "836") { children(first: $first, offset: $offset) { code name ${PROGRESS} } } }`;
    const asOf = '2023-11-14';
    const whole = (await admin.data(LEVEL, { asOf })).unit.children;
    expect(whole.length).toBeGreaterThan(6);
    expect((await admin.data(LEVEL, { first: 4, offset: 2, asOf })).unit.children).toEqual(whole.slice(2, 6));
    expect((await admin.data(LEVEL, { first: 4, asOf })).unit.children).toEqual(whole.slice(0, 4));
    expect((await admin.data(LEVEL, { first: 100, offset: whole.length - 1, asOf })).unit.children).toEqual(
      whole.slice(-1),
    );
    expect((await admin.data(LEVEL, { first: 5, offset: whole.length, asOf })).unit.children).toEqual([]);
    const CODES = `query ($first: Int, $offset: Int) { unit(code: "836") { children(first: $first, offset: $offset) { code } } }`;
    for (const window of [{ first: 0 }, { first: 501 }, { first: 5, offset: -1 }, { offset: 3 }]) {
      const answer = await admin.request(CODES, window);
      expect(errorCodes(answer), JSON.stringify(window)).toEqual(['BAD_USER_INPUT']);
      expect(answer.errors?.[0]?.message).toMatch(/children/);
    }
  });

  it('adds up at every level, for targets and for tallies on several dates', async () => {
    // One level at a time (a whole province nested four deep is more than the query limits allow).
    const LEVEL = `query ($code: String!, $asOf: Date) { unit(code: $code) { code ${PROGRESS} children { code level ${PROGRESS} } } }`;
    for (const asOf of ['2023-09-01', '2023-10-15', '2023-11-14', '2023-12-20']) {
      const queue = ['83'];
      let checked = 0;
      while (queue.length > 0) {
        const { unit } = await admin.data(LEVEL, { code: queue.shift(), asOf });
        if (unit.children.length === 0) continue;
        for (const key of ['target', 'collected', 'activated'] as const) {
          const sum = unit.children.reduce((s: number, c: any) => s + c.progress[key], 0);
          expect(sum, `${unit.code} ${key} on ${asOf}`).toBe(unit.progress[key]);
        }
        checked++;
        for (const child of unit.children) if (child.level !== 'HAMLET') queue.push(child.code);
        if (unit.code === '83') expect(unit.progress.target).toBe(930_767);
      }
      expect(checked).toBe(1 + 9 + 157);
    }
  });

  it('shows 31-10-2023 lower than 14-11-2023, and keeps the latest figures after today', async () => {
    const q = `query ($asOf: Date) { unit(code: "83") { ${PROGRESS} } }`;
    const oct = (await admin.data(q, { asOf: '2023-10-31' })).unit.progress;
    const nov = (await admin.data(q, { asOf: '2023-11-14' })).unit.progress;
    const late = (await admin.data(q, { asOf: '2023-12-16' })).unit.progress;
    expect(oct.collected).toBeLessThan(nov.collected);
    expect(oct.activated).toBeLessThan(nov.activated);
    expect([late.collected, late.activated]).toEqual([nov.collected, nov.activated]);
    expect(late.state).toBe('OVERDUE');
    expect(late.daysLeft).toBe(-1);
  });

  it('keeps every state, pace and projection on 15-11-2023, the morning before anyone reports', async () => {
    // The recent pace runs up to the latest reported day, so the clock alone changes no state.
    const TREND = `state activation { recentPace projectedCompletion state } collection { recentPace projectedCompletion state }`;
    const LEVEL = `query ($code: String!, $asOf: Date) { unit(code: $code) { code progress(campaign: "DDDT-2023", asOf: $asOf) { ${TREND} }
      children { code level progress(campaign: "DDDT-2023", asOf: $asOf) { ${TREND} } } } }`;
    const standing = async (asOf: string) => {
      const out = new Map<string, unknown>();
      const queue = ['83'];
      while (queue.length > 0) {
        const { unit } = await admin.data(LEVEL, { code: queue.shift(), asOf });
        out.set(unit.code, unit.progress);
        for (const child of unit.children) {
          out.set(child.code, child.progress);
          if (child.level === 'DISTRICT') queue.push(child.code);
        }
      }
      return out;
    };
    const evening = await standing('2023-11-14');
    const morning = await standing('2023-11-15');
    expect(morning.size).toBe(1 + 9 + 157);
    expect(Object.fromEntries(morning)).toEqual(Object.fromEntries(evening));
    // The districts the article names, and the two that used to flip.
    const states = (code: string) => (morning.get(code) as { state: string }).state;
    expect(['83', '837', '831', '836', '838'].map(states)).toEqual([
      'AT_RISK',
      'ON_TRACK',
      'ON_TRACK',
      'AT_RISK',
      'AT_RISK',
    ]);
    const ranked = async (asOf: string) =>
      (
        await admin.data(
          `query ($asOf: Date) { ranking(campaign: "DDDT-2023", parent: "83", asOf: $asOf, first: 100) {
      nodes { unit { code } progress { ${TREND} } } } }`,
          { asOf },
        )
      ).ranking.nodes;
    expect(await ranked('2023-11-15')).toEqual(await ranked('2023-11-14'));
  });

  it('defaults the as-of date to the business clock, 15-11-2023', async () => {
    const data = await admin.data(`{ today unit(code: "83") { progress(campaign: "DDDT-2023") { asOf collected } } }`);
    expect(data.today).toBe('2023-11-15');
    expect(data.unit.progress).toEqual({ asOf: '2023-11-15', collected: 822_139 });
  });

  it('has a history series, the neediest hamlets and who reported', async () => {
    const { unit } = await admin.data(`{ unit(code: "836") {
      history(campaign: "DDDT-2023", from: "2023-11-08", to: "2023-11-14") { date collected activated }
      shortfalls(campaign: "DDDT-2023", asOf: "2023-11-14", first: 5) { unit { code level } needed target activated }
      completeness(campaign: "DDDT-2023", date: "2023-11-14") { hamletsReported hamletsTotal communesReported communesTotal }
      today: completeness(campaign: "DDDT-2023") { hamletsReported communesReported }
    } }`);
    expect(unit.history).toHaveLength(7);
    expect(unit.history.at(-1).collected).toBe(95_549);
    for (let i = 1; i < 7; i++) expect(unit.history[i].activated).toBeGreaterThanOrEqual(unit.history[i - 1].activated);
    expect(unit.shortfalls).toHaveLength(5);
    for (const s of unit.shortfalls) {
      expect(s.unit.level).toBe('HAMLET');
      expect(s.needed).toBe(s.target - s.activated);
    }
    expect(unit.shortfalls.map((s: any) => s.needed)).toEqual(
      [...unit.shortfalls.map((s: any) => s.needed)].sort((a, b) => b - a),
    );
    expect(unit.completeness).toMatchObject({ communesTotal: 23, communesReported: 23 });
    expect(unit.completeness.hamletsReported).toBe(unit.completeness.hamletsTotal);
    expect(unit.today).toEqual({ hamletsReported: 0, communesReported: 0 });
  });
});

describe('search', () => {
  it('finds units without diacritics, best match first', async () => {
    const search = async (s: string) =>
      (
        await admin.data(
          `query ($s: String) { units(search: $s, first: 5) { nodes { code name level } totalCount } }`,
          { s },
        )
      ).units;
    expect((await search('thanh phu')).nodes[0]).toEqual({ code: '837', name: 'Huyện Thạnh Phú', level: 'DISTRICT' });
    expect((await search('ba tri')).nodes[0].code).toBe('836');
    expect((await search('tan xuan')).nodes[0]).toMatchObject({ code: '29119', name: 'Xã Tân Xuân' });
    expect((await search('TÂN XUÂN')).nodes[0].code).toBe('29119');
    expect((await search('29119')).nodes[0].code).toBe('29119');
    expect((await search('khong co dau ca')).totalCount).toBe(0);
  });

  it('pages through results with cursors', async () => {
    const page = async (after?: string) =>
      (
        await admin.data(
          `query ($a: String) { units(level: COMMUNE, first: 100, after: $a) { nodes { code } totalCount pageInfo { hasNextPage endCursor } } }`,
          { a: after },
        )
      ).units;
    const first = await page();
    expect(first.totalCount).toBe(157);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    expect(second.nodes).toHaveLength(57);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...first.nodes, ...second.nodes].map((n: any) => n.code)).size).toBe(157);
  });

  it('counts the hamlets of a scope or a parent, as many as the pages hold', async () => {
    const count = async (parent: string | null) => {
      const all: string[] = [];
      let after: string | null = null;
      let totalCount = 0;
      do {
        const { units }: { units: any } = await admin.data(
          `query ($p: String, $a: String) { units(parent: $p, level: HAMLET, first: 100, after: $a) { totalCount nodes { code } pageInfo { endCursor hasNextPage } } }`,
          { p: parent, a: after },
        );
        all.push(...units.nodes.map((n: any) => n.code));
        totalCount = units.totalCount;
        after = units.pageInfo.hasNextPage ? units.pageInfo.endCursor : null;
      } while (after);
      return { totalCount, listed: all.length };
    };
    expect(await count(null)).toEqual({ totalCount: 1173, listed: 1173 });
    expect(await count('836')).toEqual({ totalCount: 165, listed: 165 });
    expect(await count('29119')).toEqual({ totalCount: 10, listed: 10 });
  });
});
