import { describe, expect, it } from 'vitest';
import { dbFingerprint, dbValue } from '../support/db';
import { ApiClient, errorCodes } from '../support/graphql';
import { useServer } from '../support/use-server';

const { server, admin } = useServer({ logins: ['admin'] });

const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { username role scope { code } active openSessions lastSeenAt } }`;
const USERS = `query ($search: String, $first: Int, $after: String) { users(search: $search, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { username role scope { code } active } } }`;

function create(client: ApiClient, username: string, role: string, scope: string, password = 'secret1') {
  return client.request(CREATE, { input: { username, password, role, scope } });
}

async function canLogIn(username: string, password: string): Promise<boolean> {
  const res = await new ApiClient(server.url).request(
    `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username } }`,
    { u: username, p: password },
  );
  return !res.errors;
}

describe('creating and listing users', () => {
  it('creates a user in scope, who can then log in', async () => {
    const res = await create(admin, 'lan.nguyen', 'OFFICIAL', '29122');
    expect(res.errors).toBeUndefined();
    expect(res.data!.createUser).toEqual({
      username: 'lan.nguyen',
      role: 'OFFICIAL',
      scope: { code: '29122' },
      active: true,
      openSessions: 0,
      lastSeenAt: null,
    });
    expect(await canLogIn('lan.nguyen', 'secret1')).toBe(true);
    expect(errorCodes(await create(admin, 'lan.nguyen', 'OFFICIAL', '29122'))).toEqual(['CONFLICT']);
  });

  it('refuses bad fields with per-field messages, and writes nothing', async () => {
    const before = await dbFingerprint(server);
    for (const [username, password, scope, field] of [
      ['Lan Nguyen', 'secret1', '29122', 'username'],
      ['lan2', 'x', '29122', 'password'],
    ]) {
      const res = await create(admin, username!, 'OFFICIAL', scope!, password);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect((res.errors![0]!.extensions!.fields as any[])[0].field).toBe(field);
    }
    expect(errorCodes(await create(admin, 'lan3', 'OFFICIAL', '99999'))).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(
        await admin.request(CREATE, { input: { username: 'lan4', password: 'secret1', role: 'ROOT', scope: '83' } }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await dbFingerprint(server)).toBe(before);
  });

  it('lists the users in scope only, searchable and paged', async () => {
    await create(admin, 'batri.admin', 'ADMIN', '836');
    await create(admin, 'chautanh.admin', 'ADMIN', '831');
    const all = (await admin.data(USERS, { first: 100 })).users;
    expect(all.nodes.map((u: any) => u.username)).toEqual(
      expect.arrayContaining(['admin', 'analyst', 'official', 'lan.nguyen', 'batri.admin']),
    );
    const page = (await admin.data(USERS, { first: 2 })).users;
    expect(page.nodes).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = (await admin.data(USERS, { first: 2, after: page.pageInfo.endCursor })).users;
    expect(next.nodes[0].username > page.nodes[1].username).toBe(true);
    // Search by username or by the scope unit's name, without diacritics.
    expect((await admin.data(USERS, { search: 'tan xuan' })).users.nodes.map((u: any) => u.username)).toEqual([
      'official',
    ]);

    const batri = await new ApiClient(server.url).login('batri.admin', 'secret1');
    const mine = (await batri.data(USERS, { first: 100 })).users.nodes.map((u: any) => u.username);
    expect(mine.sort()).toEqual(['batri.admin', 'lan.nguyen', 'official']);
    // At or below their own scope only.
    expect(errorCodes(await create(batri, 'x.province', 'ANALYST', '83'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await create(batri, 'x.chauthanh', 'OFFICIAL', '831'))).toEqual(['FORBIDDEN']);
    expect((await create(batri, 'x.batri', 'ANALYST', '836')).errors).toBeUndefined();
    const official = await new ApiClient(server.url).login('official');
    expect(errorCodes(await official.request(USERS))).toEqual(['FORBIDDEN']);
  });

  it('gives an official a commune and nothing else, in both languages, and writes nothing', async () => {
    const hamlet = (await admin.data(`{ unit(code: "29119") { children { code } } }`)).unit.children[0].code;
    const before = await dbFingerprint(server);
    for (const scope of ['83', '836', hamlet]) {
      const res = await create(admin, `official.at.${scope.toLowerCase()}`, 'OFFICIAL', scope);
      expect(errorCodes(res), scope).toEqual(['BAD_USER_INPUT']);
      const field = (res.errors![0]!.extensions!.fields as any[])[0];
      expect(field.field).toBe('scope');
      expect(field.messageVi).toMatch(/cán bộ.*xã/i);
      expect(field.messageEn).toMatch(/official.*commune/i);
      expect(res.errors![0]!.message).toContain(' / ');
    }
    expect(await dbFingerprint(server)).toBe(before);
    // Admins and analysts keep any level; an official of another commune is fine.
    expect((await create(admin, 'analyst.hamlet', 'ANALYST', hamlet)).errors).toBeUndefined();
    expect((await create(admin, 'official.29122', 'OFFICIAL', '29122')).errors).toBeUndefined();
  });
});

describe('managing a user', () => {
  it("resets a password and ends the user's sessions", async () => {
    await create(admin, 'reset.me', 'OFFICIAL', '29119');
    const user = await new ApiClient(server.url).login('reset.me', 'secret1');
    const res = await admin.request(
      `mutation { resetPassword(username: "reset.me", password: "new-secret") { username openSessions } }`,
    );
    expect(res.data!.resetPassword).toEqual({ username: 'reset.me', openSessions: 0 });
    expect(errorCodes(await user.request('{ me { username } }'))).toEqual(['UNAUTHENTICATED']);
    expect(await canLogIn('reset.me', 'secret1')).toBe(false);
    expect(await canLogIn('reset.me', 'new-secret')).toBe(true);
    // No password or hash ever reaches the audit.
    const leaked = await dbValue(
      server,
      `SELECT COUNT(*) FROM audit_event WHERE new_value LIKE '%secret%' OR new_value LIKE '%scrypt%'`,
    );
    expect(leaked).toBe(0);
  });

  it('deactivates (ending sessions), reactivates, and revokes sessions', async () => {
    await create(admin, 'leaving', 'OFFICIAL', '29119');
    const user = await new ApiClient(server.url).login('leaving', 'secret1');
    expect(
      (await admin.data(`mutation { deactivateUser(username: "leaving") { active openSessions } }`)).deactivateUser,
    ).toEqual({ active: false, openSessions: 0 });
    expect(errorCodes(await user.request('{ me { username } }'))).toEqual(['UNAUTHENTICATED']);
    expect(await canLogIn('leaving', 'secret1')).toBe(false);
    expect(
      (await admin.data(`mutation { reactivateUser(username: "leaving") { active } }`)).reactivateUser.active,
    ).toBe(true);
    const again = await new ApiClient(server.url).login('leaving', 'secret1');
    expect(
      (await admin.data(`mutation { revokeSessions(username: "leaving") { openSessions } }`)).revokeSessions
        .openSessions,
    ).toBe(0);
    expect(errorCodes(await again.request('{ me { username } }'))).toEqual(['UNAUTHENTICATED']);
    const actions = (
      await admin.data(`{ auditEvents(unit: "29119", action: "user", first: 10) { nodes { action field user } } }`)
    ).auditEvents.nodes.map((e: any) => e.action);
    expect(actions.slice(0, 3)).toEqual(['user.sessions.revoke', 'user.reactivate', 'user.deactivate']);
  });

  it('refuses an admin acting on their own account, or on a user above their scope', async () => {
    expect(errorCodes(await admin.request(`mutation { deactivateUser(username: "admin") { active } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const batri = await new ApiClient(server.url).login('batri.admin', 'secret1');
    const before = await dbFingerprint(server);
    for (const m of [
      'deactivateUser(username: "analyst") { active }',
      'revokeSessions(username: "admin") { active }',
      'resetPassword(username: "admin", password: "pwned!") { active }',
    ]) {
      expect(errorCodes(await batri.request(`mutation { ${m} }`)), m).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await batri.request(`mutation { deactivateUser(username: "nobody") { active } }`))).toEqual([
      'NOT_FOUND',
    ]);
    expect(await dbFingerprint(server)).toBe(before);
  });
});

describe('changing my own password', () => {
  it('needs the current password, keeps this session and ends the others', async () => {
    await create(admin, 'self.service', 'ANALYST', '83');
    const here = await new ApiClient(server.url).login('self.service', 'secret1');
    const there = await new ApiClient(server.url).login('self.service', 'secret1');
    const wrong = await here.request(`mutation { changeMyPassword(oldPassword: "nope", newPassword: "better-one") }`);
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect((wrong.errors![0]!.extensions!.fields as any[])[0].field).toBe('oldPassword');
    expect(
      errorCodes(await here.request(`mutation { changeMyPassword(oldPassword: "secret1", newPassword: "x") }`)),
    ).toEqual(['BAD_USER_INPUT']);
    // An analyst may: it is their own password.
    expect(
      (await here.data(`mutation { changeMyPassword(oldPassword: "secret1", newPassword: "better-one") }`))
        .changeMyPassword,
    ).toBe(true);
    expect((await here.data('{ me { username } }')).me.username).toBe('self.service');
    expect(errorCodes(await there.request('{ me { username } }'))).toEqual(['UNAUTHENTICATED']);
    expect(await canLogIn('self.service', 'better-one')).toBe(true);
  });
});
