import { beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql';
import { useServer } from '../support/use-server';

const { server, analyst } = useServer({ logins: ['analyst'] });
let examples: Array<{
  id: string;
  name: string;
  query: string;
  variables: string | null;
  example: boolean;
  readOnly: boolean;
  owner: string | null;
  sharedWith: { code: string } | null;
}>;

beforeAll(async () => {
  examples = (
    await analyst.data(
      `{ savedQueries(filter: EXAMPLES, first: 100) { nodes { id name query variables example readOnly owner sharedWith { code } } } }`,
    )
  ).savedQueries.nodes;
});

/** Runs a saved example through the API as it is stored, its variables included. */
async function run(client: ApiClient, operationName: string): Promise<any> {
  const example = examples.find((e) => e.query.includes(`query ${operationName}`));
  expect(example, operationName).toBeDefined();
  const res = await client.request(example!.query, example!.variables ? JSON.parse(example!.variables) : undefined);
  expect(res.status, operationName).toBe(200);
  expect(res.errors, operationName).toBeUndefined();
  return res.data;
}

describe('the example library', () => {
  it('ships with the seed: shared at the province, read-only, owned by no one', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const e of examples)
      expect(e).toMatchObject({ example: true, readOnly: true, owner: null, sharedWith: { code: '83' } });
  });

  it('districts ranked by activation rate as of 14-11-2023: Thạnh Phú first, Châu Thành second, Ba Tri last', async () => {
    const { ranking } = await run(analyst, 'DistrictsByActivationRate');
    const codes = ranking.nodes.map((n: any) => n.unit.code);
    expect(ranking.totalCount).toBe(9);
    expect(codes.slice(0, 2)).toEqual(['837', '831']);
    expect(codes.slice(-2)).toEqual(['838', '836']);
    expect(ranking.nodes[0].progress.activatedRate).toBeCloseTo(0.8377, 4);
    expect(ranking.nodes[8].progress.activatedRate).toBeCloseTo(0.5685, 4);
    expect(ranking.nodes.map((n: any) => n.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('the 20 hamlets that need the most accounts by 15-12-2023, most first, with the pace it takes', async () => {
    const { ranking } = await run(analyst, 'HamletsFurthestFromTarget');
    expect(ranking.totalCount).toBe(1173);
    expect(ranking.nodes).toHaveLength(20);
    const needed = ranking.nodes.map((n: any) => n.value);
    expect([...needed].sort((a, b) => b - a)).toEqual(needed);
    for (const n of ranking.nodes) {
      expect(n.unit.name).toMatch(/^(Ấp|Khu phố) /);
      expect(n.value).toBe(n.progress.target - n.progress.activated);
      expect(n.progress.activation.remaining).toBe(n.value);
      expect(n.progress.daysLeft).toBe(30); // today 15-11-2023 → 15-12-2023
      expect(n.progress.activation.paceNeeded).toBeCloseTo(n.value / 30, 6);
      expect(n.unit.parent.parent.name).toMatch(/^(Huyện|Thành phố) /);
    }
  });

  it('communes whose last-7-day pace would not finish in time, furthest behind first', async () => {
    const { ranking } = await run(analyst, 'CommunesBehindPace');
    expect(ranking.totalCount).toBeGreaterThan(0);
    expect(ranking.totalCount).toBeLessThan(157);
    const done = ranking.nodes.map((n: any) => n.progress.percentDone);
    expect([...done].sort((a, b) => a - b)).toEqual(done);
    for (const n of ranking.nodes) {
      const { collection, activation } = n.progress;
      expect([collection.state, activation.state]).toContain('AT_RISK');
      const late = [collection, activation].find((t: any) => t.state === 'AT_RISK');
      expect(late.projectedCompletion === null || late.projectedCompletion > '2023-12-15').toBe(true);
    }
    // Ba Tri, AT_RISK in the article, has communes in the list.
    expect(ranking.nodes.some((n: any) => n.unit.parent.name === 'Huyện Ba Tri')).toBe(true);
  });

  it("who has not reported today: every commune on the demo's 15-11, one fewer once Tân Xuân reports", async () => {
    const before = await run(analyst, 'NotReportedToday');
    expect(before.today).toBe('2023-11-15');
    expect(before.reportingStatus.totalCount).toBe(157);
    const baTri = `{ reportingStatus(campaign: "DDDT-2023", parent: "836", reported: false, first: 100) { totalCount nodes { unit { code } reported hamletsReported hamletsTotal lastReportDate } } }`;
    const tanXuan = (await analyst.data(baTri)).reportingStatus.nodes.find((n: any) => n.unit.code === '29119');
    expect(tanXuan).toMatchObject({ reported: false, hamletsReported: 0, lastReportDate: '2023-11-14' });
    expect(tanXuan.hamletsTotal).toBeGreaterThanOrEqual(5);

    const official = await new ApiClient(server.url).login('official');
    const hamlets = (
      await official.data(
        `{ unit(code: "29119") { children { code progress(campaign: "DDDT-2023") { collected activated } } } }`,
      )
    ).unit.children;
    const reports = hamlets.map((h: any) => ({
      unit: h.code,
      collected: h.progress.collected + 3,
      activated: h.progress.activated + 2,
    }));
    await official.data(`mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`, {
      input: { campaign: 'DDDT-2023', reports },
    });

    const after = await run(analyst, 'NotReportedToday');
    expect(after.reportingStatus.totalCount).toBe(156);
    const stillMissing = (await analyst.data(baTri)).reportingStatus;
    expect(stillMissing.totalCount).toBe(22);
    expect(stillMissing.nodes.map((n: any) => n.unit.code)).not.toContain('29119');
  });

  it("my unit day by day: two weeks of the province's cumulative counts, ending on the article's figures", async () => {
    const { me } = await run(analyst, 'MyUnitDailySeries');
    expect(me.scope.code).toBe('83');
    expect(me.scope.history).toHaveLength(14);
    expect(me.scope.history.at(-1)).toEqual({ date: '2023-11-14', collected: 822_139, activated: 663_614 });
    for (let i = 1; i < 14; i++)
      expect(me.scope.history[i].activated).toBeGreaterThanOrEqual(me.scope.history[i - 1].activated);
    expect(me.scope.progress.activatedRate).toBeCloseTo(0.713, 3);
  });
});
