import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql';
import { CHANGES, closeSockets, listen, socketOf, until } from '../support/live';
import { useServer } from '../support/use-server';

/**
 * Changes pushed to open consoles: subscriptions over WebSocket with the session cookie (deny by
 * default), each viewer told only of its own scope, sockets closed when their session ends.
 */
const { server, admin, official } = useServer({
  logins: ['admin', 'official'],
  env: { CHITIEU_LIVE_RECHECK_MS: '200' },
});

const RECORD = `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`;

afterAll(closeSockets);

async function firstHamletOf(commune: string): Promise<{ code: string; collected: number; activated: number }> {
  const [h] = (
    await admin.data(
      `{ unit(code: "${commune}") { children { code progress(campaign: "DDDT-2023") { collected activated } } } }`,
    )
  ).unit.children;
  return { code: h.code, collected: h.progress.collected, activated: h.progress.activated };
}

describe('subscription changes over WebSocket', () => {
  it('tells the official and the admin of a saved day within a second, each down from its own scope', async () => {
    const [mine, province] = [
      await listen(server.url, official.sessionCookie),
      await listen(server.url, admin.sessionCookie),
    ];
    const h = await firstHamletOf('29119');
    await new Promise((r) => setTimeout(r, 100));
    const sent = Date.now();
    await official.data(RECORD, {
      input: {
        campaign: 'DDDT-2023',
        reports: [{ unit: h.code, collected: h.collected + 2, activated: h.activated + 1 }],
      },
    });
    expect(await until(() => mine.notices.length > 0 && province.notices.length > 0)).toBe(true);
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(mine.notices[0]).toEqual({ kind: 'TALLIES', campaign: 'DDDT-2023', units: ['29119', h.code] });
    expect(province.notices[0]).toEqual({
      kind: 'TALLIES',
      campaign: 'DDDT-2023',
      units: ['83', '836', '29119', h.code],
    });
  });

  it('never tells an official of another commune’s change', async () => {
    await admin.data(
      `mutation { createUser(input: { username: "live.other", password: "demo-pass-1", role: OFFICIAL, scope: "29122" }) { username } }`,
    );
    const other = await new ApiClient(server).login('live.other', 'demo-pass-1');
    const theirs = await listen(server.url, other.sessionCookie);
    const h = await firstHamletOf('29119');
    await official.data(RECORD, {
      input: {
        campaign: 'DDDT-2023',
        reports: [
          {
            unit: h.code,
            collected: h.collected + 1,
            activated: h.activated,
            expected: { collected: h.collected, activated: h.activated },
          },
        ],
      },
    });
    const own = await firstHamletOf('29122');
    await other.data(RECORD, {
      input: {
        campaign: 'DDDT-2023',
        reports: [{ unit: own.code, collected: own.collected + 1, activated: own.activated }],
      },
    });
    expect(await until(() => theirs.notices.length > 0)).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(theirs.notices).toEqual([{ kind: 'TALLIES', campaign: 'DDDT-2023', units: ['29122', own.code] }]);
  });

  it('tells the communes of a district when the district’s split is saved', async () => {
    const mine = await listen(server.url, official.sessionCookie);
    const split = (
      await admin.data(
        `{ targets(campaign: "DDDT-2023", parent: "836") { version children { unit { code } target } } }`,
      )
    ).targets;
    const children = split.children as Array<{ unit: { code: string }; target: number }>;
    const moved = [children.find((c) => c.unit.code === '29119')!, children.find((c) => c.unit.code !== '29119')!];
    await admin.data(`mutation ($input: AssignTargetsInput!) { assignTargets(input: $input) { version } }`, {
      input: {
        campaign: 'DDDT-2023',
        parent: '836',
        expectedVersion: split.version,
        reason: 'Điều chỉnh',
        targets: [
          { unit: moved[0]!.unit.code, target: moved[0]!.target + 1 },
          { unit: moved[1]!.unit.code, target: moved[1]!.target - 1 },
        ],
      },
    });
    expect(await until(() => mine.notices.length > 0)).toBe(true);
    expect(mine.notices[0]).toEqual({ kind: 'TARGETS', campaign: 'DDDT-2023', units: ['29119'] });
  });

  it('tells every console of any other change (a campaign edited), naming no unit, and of no sign-in', async () => {
    const mine = await listen(server.url, official.sessionCookie);
    await new ApiClient(server).login('analyst');
    await new Promise((r) => setTimeout(r, 200));
    expect(mine.notices).toEqual([]);
    await admin.data('mutation { updateCampaign(input: { code: "DDDT-2023", description: "Đã cập nhật" }) { code } }');
    expect(await until(() => mine.notices.length > 0)).toBe(true);
    expect(mine.notices).toEqual([{ kind: 'OTHER', campaign: null, units: null }]);
  });

  it('refuses a socket without a session, from another site, or for a query', async () => {
    const anonymous = await listen(server.url, null);
    expect(await until(() => anonymous.closed.length > 0)).toBe(true);
    expect(anonymous.closed[0]).toBe(4403);

    const foreign = socketOf(server.url, official.sessionCookie, 'https://evil.example');
    const failed = await new Promise<unknown>((resolve) => {
      foreign.client.on('error', resolve);
      foreign.client.on('closed', resolve);
      foreign.client.subscribe({ query: CHANGES }, { next: () => {}, error: () => {}, complete: () => {} });
    });
    expect(String((failed as Error).message ?? failed)).toMatch(/403|closed|Unexpected/);

    const { client } = socketOf(server.url, official.sessionCookie);
    const answer = await new Promise<unknown>((resolve) =>
      client.subscribe({ query: '{ today }' }, { next: resolve, error: resolve, complete: () => {} }),
    );
    expect(JSON.stringify(answer)).toContain('Only subscriptions go over WebSocket');
  });

  it('closes the socket when its session ends', async () => {
    const user = await new ApiClient(server).login('official');
    const socket = await listen(server.url, user.sessionCookie);
    expect(socket.closed).toEqual([]);
    await user.data('mutation { logout }');
    expect(await until(() => socket.closed.length > 0, 3000)).toBe(true);
    expect(socket.closed[0]).toBe(4401);

    // A deactivated user's every socket is closed the same way.
    const other = await new ApiClient(server).login('live.other', 'demo-pass-1');
    const theirs = await listen(server.url, other.sessionCookie);
    await admin.data('mutation { deactivateUser(username: "live.other") { active } }');
    expect(await until(() => theirs.closed.length > 0, 3000)).toBe(true);
    expect(theirs.closed[0]).toBe(4401);
  });
});
