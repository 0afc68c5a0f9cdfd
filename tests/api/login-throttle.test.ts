import { describe, expect, it } from 'vitest';
import { ApiClient, errorCodes } from '../support/graphql';
import { useServer } from '../support/use-server';

// Requests come from loopback, where the server trusts X-Forwarded-For (a reverse proxy on the
// same machine): each test speaks from the addresses it names.
const { server } = useServer();

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username } }`;

function login(username: string, password: string, address: string) {
  return new ApiClient(server.url).request(LOGIN, { u: username, p: password }, { 'x-forwarded-for': address });
}

describe('login throttling', () => {
  it('makes an address wait after three failures; the right password waits too', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await login('official', 'wrong', '10.1.1.1');
      expect(res.errors?.[0]?.message).toMatch(/^Tên đăng nhập hoặc mật khẩu không đúng/);
    }
    const held = await login('official', 'demo', '10.1.1.1');
    expect(errorCodes(held)).toEqual(['UNAUTHENTICATED']);
    expect(held.errors?.[0]?.message).toMatch(
      /thử lại sau \d+ giây\. \/ Too many failed logins; try again in \d+ seconds\./,
    );
    expect(held.errors?.[0]?.extensions?.retryAfterSeconds).toBe(1);
    // Another address (a colleague in another office) is not held back.
    expect((await login('official', 'demo', '10.1.1.2')).data).toEqual({ login: { username: 'official' } });
    // After the wait, the right password goes through and clears the count.
    await new Promise((r) => setTimeout(r, 1100));
    expect((await login('official', 'demo', '10.1.1.1')).data).toEqual({ login: { username: 'official' } });
    expect(errorCodes(await login('official', 'wrong', '10.1.1.1'))).toEqual(['UNAUTHENTICATED']);
    expect((await login('official', 'demo', '10.1.1.1')).data).toEqual({ login: { username: 'official' } });
  });

  it('locks an account briefly after many failures from many addresses, but not where its user works', async () => {
    expect((await login('analyst', 'demo', '10.9.9.9')).data).toEqual({ login: { username: 'analyst' } });
    for (let i = 0; i < 10; i++) await login('analyst', 'wrong', `203.0.113.${i + 1}`);
    const stranger = await login('analyst', 'demo', '203.0.113.77');
    expect(stranger.errors?.[0]?.message).toContain('Too many failed logins');
    expect(stranger.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(200);
    // The analyst's own office address logged in before: the lock does not apply there.
    expect((await login('analyst', 'demo', '10.9.9.9')).data).toEqual({ login: { username: 'analyst' } });
    // Other accounts are untouched.
    expect((await login('admin', 'demo', '203.0.113.77')).data).toEqual({ login: { username: 'admin' } });
  });
});
