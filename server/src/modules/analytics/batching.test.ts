import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { startServer, type RunningServer } from '../../server';

// In process: the real server on a freshly seeded demo, with every SQL statement counted through
// the Db's hook while one request runs.
let server: RunningServer;
let dir: string;
let cookie = '';

beforeAll(async () => {
  process.env.CHITIEU_QUIET = '1';
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-batching-'));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: `sqlite:${path.join(dir, 'demo.sqlite')}`,
    CHITIEU_TODAY: '',
    CHITIEU_DEMO: '1',
  });
  server = await startServer({ ...config, port: 0, host: '127.0.0.1' });
  const login = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(username: "analyst", password: "demo") { username } }' }),
  });
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs one query and returns its data with the SQL statements it ran. */
async function counted(query: string): Promise<{ data: any; statements: string[] }> {
  const statements: string[] = [];
  server.services.sql.onStatement = (text) => statements.push(text.replace(/\s+/g, ' ').slice(0, 100));
  try {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return { data: body.data, statements };
  } finally {
    server.services.sql.onStatement = null;
  }
}

const PROGRESS =
  'progress(campaign: "DDDT-2023", asOf: "2023-11-14") { target collected activated collectedRate activatedRate percentDone state activation { paceNeeded recentPace projectedCompletion } }';

describe('batched reads: statements do not grow with the number of units', () => {
  it("Ba Tri's 23 communes with their progress: a handful of statements, not 23+", async () => {
    const { data, statements } = await counted(
      `{ unit(code: "836") { name children { code name parent { code } ${PROGRESS} } } }`,
    );
    expect(data.unit.children).toHaveLength(23);
    expect(data.unit.children.every((c: any) => c.progress.target > 0 && c.parent.code === '836')).toBe(true);
    // The session, the data version (for answers kept in memory), the unit, its children, then
    // targets and the counts now and a week ago, and the parent.
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(8);
  });

  it('the same communes ranked: one statement for the ranking itself', async () => {
    const { data, statements } = await counted(
      `{ ranking(campaign: "DDDT-2023", parent: "836", level: COMMUNE, asOf: "2023-11-14", first: 100) { totalCount nodes { rank unit { code parent { name } } progress { state percentDone } } } }`,
    );
    expect(data.ranking.totalCount).toBe(23);
    // One more than without the answer cache: the data version it checks.
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(7);
  });

  it('a page of 100 hamlets with their parents and progress costs what a page of 10 does', async () => {
    const page = (n: number) =>
      `{ units(level: HAMLET, first: ${n}) { nodes { code parent { name parent { name } } ${PROGRESS} } } }`;
    const small = await counted(page(10));
    const large = await counted(page(100));
    expect(large.data.units.nodes).toHaveLength(100);
    expect(large.statements.length, large.statements.join('\n')).toBe(small.statements.length);
  });
});
