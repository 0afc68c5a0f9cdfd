import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiClient, errorCodes } from '../support/graphql';
import { REPO_ROOT } from '../support/paths';
import { useServer } from '../support/use-server';

// A real deployment: NODE_ENV=production on an empty database seeds no demo and no accounts.
const { server } = useServer({ empty: true, env: { NODE_ENV: 'production', CHITIEU_DEMO: '' } });

function createAdmin(args: string[], password: string): { status: number; output: string } {
  try {
    const output = execFileSync(
      process.execPath,
      [path.join(REPO_ROOT, 'server', 'dist', 'cli', 'create-admin.js'), ...args],
      {
        input: `${password}\n`,
        env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: `sqlite:${server.dbFile}` },
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    return { status: 0, output };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { status: e.status, output: e.stderr };
  }
}

describe('production start', () => {
  it('has no demo accounts and no campaign, only the official units', async () => {
    expect(server.output()).toContain('create-admin');
    const res = await new ApiClient(server.url).request(
      `mutation { login(username: "admin", password: "demo") { username } }`,
    );
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('creates the first admin from the command line, who can then log in', async () => {
    const short = createAdmin(['--username', 'lan.nguyen', '--scope', '83', '--password-stdin'], 'short');
    expect(short.status).toBe(1);
    expect(short.output).toContain('at least 10 characters');

    const unknown = createAdmin(
      ['--username', 'lan.nguyen', '--scope', '99999', '--password-stdin'],
      'a long passphrase',
    );
    expect(unknown.status).toBe(1);
    expect(unknown.output).toContain('99999');

    const ok = createAdmin(['--username', 'lan.nguyen', '--scope', '83', '--password-stdin'], 'a long passphrase');
    expect(ok.output).toContain('lan.nguyen');
    expect(ok.status).toBe(0);

    const admin = await new ApiClient(server.url).login('lan.nguyen', 'a long passphrase');
    const data = await admin.data(
      `{ me { role scope { name } } units(level: COMMUNE) { totalCount } campaigns { code } }`,
    );
    expect(data).toEqual({
      me: { role: 'ADMIN', scope: { name: 'Tỉnh Bến Tre' } },
      units: { totalCount: 157 },
      campaigns: [],
    });
    expect((await admin.data(`{ units(level: HAMLET) { totalCount } }`)).units.totalCount).toBe(0);

    const again = createAdmin(['--username', 'lan.nguyen', '--scope', '83', '--password-stdin'], 'another passphrase');
    expect(again.status).toBe(1);
    expect(again.output).toContain('taken');
  });

  it('keeps introspection to analysts and admins (each role: introspection.test.ts)', async () => {
    const res = await new ApiClient(server.url).request(`{ __schema { types { name } } }`);
    expect(res.status).toBe(403);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    const admin = await new ApiClient(server.url).login('lan.nguyen', 'a long passphrase');
    expect(await admin.data(`{ __schema { queryType { name } } }`)).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });
});
