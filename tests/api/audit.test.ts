import { describe, expect, it } from 'vitest';
import { ApiClient, errorCodes } from '../support/graphql';
import { useServer } from '../support/use-server';

const { server, admin, official, analyst } = useServer({ logins: ['admin', 'official', 'analyst'] });

const EVENTS = `query ($unit: String, $user: String, $action: String, $from: Date, $to: Date, $first: Int, $after: String) {
  auditEvents(unit: $unit, user: $user, action: $action, from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id at user role action unit { code name } campaign field oldValue newValue reason requestId } } }`;

describe('the audit', () => {
  it('shows who changed what, when, from what to what and why, newest first', async () => {
    const hamlets = (
      await official.data(
        `{ unit(code: "29119") { children { code progress(campaign: "DDDT-2023") { collected activated } } } }`,
      )
    ).unit.children;
    const h = hamlets[0];
    const res = await official.request(
      `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`,
      {
        input: {
          campaign: 'DDDT-2023',
          reports: [
            {
              unit: h.code,
              collected: h.progress.collected - 2,
              activated: h.progress.activated - 2,
              reason: 'Trùng hồ sơ',
            },
          ],
        },
      },
    );
    const requestId = res.headers.get('x-request-id');
    const page = (await admin.data(EVENTS, { unit: '29119', first: 5 })).auditEvents;
    expect(page.nodes[0]).toMatchObject({
      user: 'official',
      role: 'OFFICIAL',
      action: 'tally.record',
      unit: { code: h.code },
      campaign: 'DDDT-2023',
      field: '2023-11-15',
      oldValue: null,
      newValue: JSON.stringify({ collected: h.progress.collected - 2, activated: h.progress.activated - 2 }),
      reason: 'Trùng hồ sơ',
      requestId,
    });
    expect(Date.parse(page.nodes[0].at)).toBeGreaterThan(Date.now() - 60_000);
    const ids = page.nodes.map((n: any) => n.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);

    // The contract query: the unit and everything below it.
    const contract = (
      await admin.data(
        `{ auditEvents(unit: "29119", first: 50) { nodes { at user action unit { code } } totalCount } }`,
      )
    ).auditEvents;
    expect(contract.totalCount).toBeGreaterThan(700);
    expect(contract.nodes.every((n: any) => n.unit.code.startsWith('29119'))).toBe(true);
  });

  it('filters by user, action family and date, and pages', async () => {
    const mine = (await admin.data(EVENTS, { unit: '83', user: 'official', first: 100 })).auditEvents;
    expect(mine.nodes.length).toBeGreaterThan(0);
    expect(new Set(mine.nodes.map((n: any) => n.user))).toEqual(new Set(['official']));
    expect(mine.nodes.map((n: any) => n.action)).toContain('login');
    const tallies = (await admin.data(EVENTS, { unit: '83', action: 'tally', first: 100 })).auditEvents.nodes;
    expect(tallies.every((n: any) => n.action.startsWith('tally.'))).toBe(true);
    // Events happen on the real clock: today in Vietnam has them, 2020 has none.
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect(
      (await admin.data(EVENTS, { unit: '29119', from: today, to: today })).auditEvents.totalCount,
    ).toBeGreaterThan(0);
    expect(
      (await admin.data(EVENTS, { unit: '29119', from: '2020-01-01', to: '2020-12-31' })).auditEvents.totalCount,
    ).toBe(0);
    const first = (await admin.data(EVENTS, { unit: '83', first: 3 })).auditEvents;
    const second = (await admin.data(EVENTS, { unit: '83', first: 3, after: first.pageInfo.endCursor })).auditEvents;
    expect(second.nodes[0].id).toBeLessThan(first.nodes[2].id);
    expect(errorCodes(await admin.request(EVENTS, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('is read by admins and analysts in their scope only', async () => {
    expect((await analyst.data(EVENTS, { unit: '836', first: 1 })).auditEvents.totalCount).toBeGreaterThan(0);
    expect(errorCodes(await official.request(EVENTS, { unit: '29119' }))).toEqual(['FORBIDDEN']);
    await admin.data(
      `mutation { createUser(input: { username: "audit.batri", password: "secret1", role: ADMIN, scope: "836" }) { username } }`,
    );
    const batri = await new ApiClient(server.url).login('audit.batri', 'secret1');
    expect(errorCodes(await batri.request(EVENTS, { unit: '83' }))).toEqual(['FORBIDDEN']);
    const own = (await batri.data(EVENTS, { first: 100 })).auditEvents.nodes;
    expect(own.every((n: any) => n.unit.code === '836' || n.unit.code.length > 3)).toBe(true);
    expect(errorCodes(await admin.request(EVENTS, { unit: 'nope' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await new ApiClient(server.url).request(EVENTS, {}))).toEqual(['UNAUTHENTICATED']);
  });
});
