import { describe, expect, it } from 'vitest';
import { ApiClient, errorCodes } from '../support/graphql';
import { useServer } from '../support/use-server';

const { server } = useServer();

describe('login and sessions', () => {
  it('refuses everything but login without a session', async () => {
    const anon = new ApiClient(server.url);
    for (const query of [
      '{ me { username } }',
      '{ today }',
      '{ unit(code: "83") { name } }',
      '{ units { totalCount } }',
    ]) {
      const res = await anon.request(query);
      expect(errorCodes(res), query).toEqual(['UNAUTHENTICATED']);
      expect(res.errors?.[0]?.message).toContain('Bạn cần đăng nhập');
      expect(res.errors?.[0]?.message).toContain('You need to log in');
    }
  });

  it('logs in with a password and an HttpOnly, SameSite cookie, and logs out', async () => {
    const client = new ApiClient(server.url);
    const res = await client.request(`mutation { login(username: "admin", password: "demo") { username role } }`);
    expect(res.data).toEqual({ login: { username: 'admin', role: 'ADMIN' } });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^chitieu_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.data('{ me { username role scope { code name } } }')).me).toEqual({
      username: 'admin',
      role: 'ADMIN',
      scope: { code: '83', name: 'Tỉnh Bến Tre' },
    });

    const stolen = client.sessionCookie!;
    expect((await client.data('mutation { logout }')).logout).toBe(true);
    expect(errorCodes(await client.request('{ me { username } }'))).toEqual(['UNAUTHENTICATED']);
    // The old token is dead on the server too, not only forgotten by this client.
    const replay = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: stolen },
      body: '{"query":"{ me { username } }"}',
    });
    expect(((await replay.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('says the same for a wrong password and an unknown user', async () => {
    for (const [u, p] of [
      ['admin', 'wrong'],
      ['nobody', 'demo'],
    ] as const) {
      const res = await new ApiClient(server.url).request(
        `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username } }`,
        { u, p },
      );
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.errors?.[0]?.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng. / Wrong username or password.');
    }
  });

  it('keeps Apollo CSRF prevention on', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ today }')}`);
    expect(res.status).toBe(400);
  });
});

describe('scope', () => {
  it('lets an official see the commune and its hamlets, and only names above', async () => {
    const official = await new ApiClient(server.url).login('official');
    const me = (await official.data('{ me { role scope { code name } } }')).me;
    expect(me).toEqual({ role: 'OFFICIAL', scope: { code: '29119', name: 'Xã Tân Xuân' } });

    const commune = (
      await official.data(`{ unit(code: "29119") { ancestors { code name } children { code name level }
      progress(campaign: "DDDT-2023", asOf: "2023-11-14") { target collected } } }`)
    ).unit;
    expect(commune.ancestors).toEqual([
      { code: '83', name: 'Tỉnh Bến Tre' },
      { code: '836', name: 'Huyện Ba Tri' },
    ]);
    expect(commune.children.length).toBeGreaterThanOrEqual(6);
    expect(commune.children.every((h: any) => h.level === 'HAMLET')).toBe(true);
    expect(commune.progress.target).toBeGreaterThan(0);

    // The district's name is visible; its figures are a FORBIDDEN error on that field.
    const district = await official.request(
      `{ unit(code: "836") { code name inScope progress(campaign: "DDDT-2023") { collected } } }`,
    );
    expect(district.data).toEqual({ unit: { code: '836', name: 'Huyện Ba Tri', inScope: false, progress: null } });
    expect(errorCodes(district)).toEqual(['FORBIDDEN']);
    expect(district.errors?.[0]?.path).toEqual(['unit', 'progress']);

    // A sibling commune is not theirs to see at all; search stays inside the scope.
    expect(errorCodes(await official.request(`{ unit(code: "29122") { name } }`))).toEqual(['FORBIDDEN']);
    expect((await official.data(`{ units(search: "ba tri") { totalCount } }`)).units.totalCount).toBe(0);
    expect(errorCodes(await official.request(`{ unit(code: "836") { children { code } } }`))).toEqual(['FORBIDDEN']);
  });
});

describe('errors', () => {
  it('answers NOT_FOUND for an unknown unit, in both languages', async () => {
    const admin = await new ApiClient(server.url).login('admin');
    const res = await admin.request(`{ unit(code: "99999") { name } }`);
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(res.errors?.[0]?.message).toBe('Không tìm thấy đơn vị có mã "99999". / No unit has the code "99999".');
    expect(res.errors?.[0]?.extensions?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(errorCodes(await admin.request(`{ unit(code: "83") { progress(campaign: "NOPE") { target } } }`))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('echoes at most 60 characters of an unknown argument, so a 200 kB code gets a short answer', async () => {
    const admin = await new ApiClient(server.url).login('admin');
    const huge = 'X'.repeat(200_000);
    const cases: Array<[string, Record<string, unknown>]> = [
      ['query ($c: String!) { unit(code: $c) { name } }', { c: huge }],
      ['query ($c: String!) { unit(code: "83") { progress(campaign: $c) { target } } }', { c: huge }],
      ['query ($c: String!) { directive(number: $c) { title } }', { c: huge }],
      ['query ($c: String!) { directive(number: "7027/UBND-KSTT", issuer: $c) { title } }', { c: huge }],
      ['query ($c: String!) { targets(campaign: "DDDT-2023", parent: $c) { target } }', { c: huge }],
      ['mutation ($c: String!) { resetPassword(username: $c, password: "secret99") { username } }', { c: huge }],
      ['query ($d: Date) { unit(code: "83") { progress(campaign: "DDDT-2023", asOf: $d) { target } } }', { d: huge }],
    ];
    for (const [query, variables] of cases) {
      const res = await admin.request(query, variables);
      expect(errorCodes(res), query).toEqual([query.includes('$d') ? 'BAD_USER_INPUT' : 'NOT_FOUND']);
      const error = res.errors![0]!;
      expect(JSON.stringify(res.errors).length, query).toBeLessThan(2_000);
      expect(error.message, query).toContain(`${'X'.repeat(60)}…`);
      expect(error.message, query).not.toContain('X'.repeat(61));
      expect(error.extensions?.messageVi, query).toContain('X'.repeat(60));
    }
  });

  it('rejects malformed dates: a literal fails validation, a variable is BAD_USER_INPUT', async () => {
    const admin = await new ApiClient(server.url).login('admin');
    const literal = await admin.request(
      `{ unit(code: "83") { progress(campaign: "DDDT-2023", asOf: "2023-02-30") { target } } }`,
    );
    expect(literal.status).toBe(400);
    expect(errorCodes(literal)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const variable = await admin.request(
      `query ($d: Date) { unit(code: "83") { progress(campaign: "DDDT-2023", asOf: $d) { target } } }`,
      { d: '14-11-2023' },
    );
    expect(errorCodes(variable)).toEqual(['BAD_USER_INPUT']);
    expect(variable.errors?.[0]?.message).toContain('YYYY-MM-DD');
  });

  it('bounds page sizes', async () => {
    const admin = await new ApiClient(server.url).login('admin');
    expect(errorCodes(await admin.request(`{ units(first: 1000) { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await admin.request(`{ units(after: "garbage") { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
  });

  it('never shows a stack, SQL or a path for a broken request', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/at \w+ \(|\/work\/|node_modules|SELECT|\.ts:|\.js:/);
    expect(JSON.parse(text).errors[0].extensions.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const big = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ today }`, x: 'x'.repeat(2_000_000) }),
    });
    expect(big.status).toBe(413);
  });

  it('has a health check that reports the database', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok', today: '2023-11-15' });
  });
});
