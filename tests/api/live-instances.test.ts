import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbRows } from '../support/db';
import { dayReports, expectedOf } from '../support/day-reports';
import { ApiClient } from '../support/graphql';
import { closeSockets, listen, until } from '../support/live';
import { startServer, type TestServer } from '../support/server';
import { useServer } from '../support/use-server';

/**
 * Two server processes on one PostgreSQL database, as behind a load balancer: a change saved on
 * one is told to the open consoles of the other (NOTIFY/LISTEN), each viewer still told only of
 * its own scope. Sessions are in the database, so a login on A opens a socket on B.
 */
const { server: a, admin, official } = useServer({ logins: ['admin', 'official'] });
let b: TestServer;
let other: ApiClient;

beforeAll(async () => {
  b = await startServer({ databaseUrl: a.databaseUrl });
  await admin.data(
    `mutation { createUser(input: { username: "fanout.other", password: "demo-pass-1", role: OFFICIAL, scope: "29122" }) { username } }`,
  );
  other = await new ApiClient(a).login('fanout.other', 'demo-pass-1');
});
afterAll(async () => {
  await closeSockets();
  await b.stop();
});

const RECORD = `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`;

interface Hamlet {
  code: string;
  progress: { collected: number; activated: number };
}

/** The hamlets below `parent`, `count` at most, with their figures as of today. */
async function hamletsOf(parent: string, count: number): Promise<Hamlet[]> {
  const hamlets: Hamlet[] = [];
  let after: string | null = null;
  while (hamlets.length < count) {
    const page: { nodes: Hamlet[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } = (
      await admin.data(
        `query ($parent: String!, $after: String) { units(parent: $parent, level: HAMLET, first: 100, after: $after) {
          nodes { code progress(campaign: "DDDT-2023") { collected activated } } pageInfo { endCursor hasNextPage } } }`,
        { parent, after },
      )
    ).units;
    hamlets.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return hamlets.slice(0, count);
}

/** One more collected in each hamlet, today, replacing the report on record if there is one. */
async function oneMore(hamlets: readonly Hamlet[]) {
  const today: string = (await admin.data('{ today }')).today;
  const onRecord = await dayReports(
    a,
    hamlets.map((h) => h.code),
    today,
  );
  return hamlets.map((h) => ({
    unit: h.code,
    collected: h.progress.collected + 1,
    activated: h.progress.activated,
    ...expectedOf(onRecord.get(h.code)),
  }));
}

describe('subscription changes across two server processes on one PostgreSQL database', () => {
  it('tells B’s consoles of a day saved on A within a second, each down from its own scope', async () => {
    const [mine, province, theirs] = [
      await listen(b.url, official.sessionCookie),
      await listen(b.url, admin.sessionCookie),
      await listen(b.url, other.sessionCookie),
    ];
    expect([mine.closed, province.closed, theirs.closed]).toEqual([[], [], []]);
    const [h] = await hamletsOf('29119', 1);
    const reports = await oneMore([h!]);
    const sent = Date.now();
    await official.data(RECORD, { input: { campaign: 'DDDT-2023', reports } });
    expect(await until(() => mine.notices.length > 0 && province.notices.length > 0)).toBe(true);
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(mine.notices).toEqual([{ kind: 'TALLIES', campaign: 'DDDT-2023', units: ['29119', h!.code] }]);
    expect(province.notices).toEqual([
      { kind: 'TALLIES', campaign: 'DDDT-2023', units: ['83', '836', '29119', h!.code] },
    ]);
    await new Promise((r) => setTimeout(r, 300));
    expect(theirs.notices).toEqual([]);
    expect(mine.notices).toHaveLength(1);
  });

  it('sends a save of too many hamlets for one message as their communes: B’s consoles that meet them refetch all', async () => {
    // 400 paths of 20 bytes or more: past PostgreSQL's 8000 bytes of payload, and yet few enough
    // units (with their communes, districts and the province) for a notice to name them all.
    const elsewhere = (await hamletsOf('83', 500)).filter((h) => !/^2911[9]|^29122/.test(h.code));
    const hamlets = [...(await hamletsOf('29119', 100)), ...elsewhere].slice(0, 400);
    expect(hamlets).toHaveLength(400);
    const [mine, province, theirs, here] = [
      await listen(b.url, official.sessionCookie),
      await listen(b.url, admin.sessionCookie),
      await listen(b.url, other.sessionCookie),
      await listen(a.url, admin.sessionCookie),
    ];
    await admin.data(RECORD, { input: { campaign: 'DDDT-2023', reports: await oneMore(hamlets) } });
    expect(await until(() => mine.notices.length > 0 && province.notices.length > 0 && here.notices.length > 0)).toBe(
      true,
    );
    const many = { kind: 'TALLIES', campaign: 'DDDT-2023', units: null };
    expect(mine.notices).toEqual([many]);
    expect(province.notices).toEqual([many]);
    // A's own consoles are told from memory, the notice no message has to carry.
    expect(here.notices[0]?.units).toEqual(expect.arrayContaining(['83', '29119', hamlets[0]!.code]));
    await new Promise((r) => setTimeout(r, 300));
    expect(theirs.notices).toEqual([]);
  });

  it('listens again when its connection drops, and says so in the log', async () => {
    const mine = await listen(b.url, official.sessionCookie);
    await dbRows(
      a,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'chitieu-changes' AND datname = current_database()`,
    );
    expect(await until(() => b.output().includes('change listener connection back'), 5000)).toBe(true);
    expect(b.output()).toContain('change listener connection failed or lost; reconnecting');
    const [h] = await hamletsOf('29119', 1);
    await official.data(RECORD, { input: { campaign: 'DDDT-2023', reports: await oneMore([h!]) } });
    expect(await until(() => mine.notices.length > 0)).toBe(true);
    expect(mine.notices).toEqual([{ kind: 'TALLIES', campaign: 'DDDT-2023', units: ['29119', h!.code] }]);
  });
});
