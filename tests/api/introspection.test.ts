import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, errorCodes } from '../support/graphql';
import { startServer, type TestServer } from '../support/server';

// The demo's accounts on a production server: introspection is the analysts' and admins' only.
let production: TestServer;
let development: TestServer;
beforeAll(async () => {
  [production, development] = await Promise.all([startServer({ env: { NODE_ENV: 'production' } }), startServer()]);
});
afterAll(() => Promise.all([production?.stop(), development?.stop()]));

const SCHEMA = `{ __schema { queryType { name } } }`;
const TYPE_IN_FRAGMENT = `query Look { today ...T } fragment T on Query { unit: __type(name: "Unit") { name } }`;
const REFUSED_VI =
  'Truy vấn lược đồ (__schema, __type) chỉ dành cho tài khoản phân tích và quản trị. Không có gì được thực hiện.';
const REFUSED_EN =
  'Schema introspection (__schema, __type) is open only to analysts and administrators. Nothing was run.';

async function as(server: TestServer, username: string | null): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  return username ? client.login(username) : client;
}

describe('introspection in production', () => {
  it.each([
    ['anonymous', null],
    ['an official', 'official'],
  ])('is refused for %s, in both languages, with nothing run', async (_who, username) => {
    const client = await as(production, username);
    for (const query of [SCHEMA, TYPE_IN_FRAGMENT]) {
      const res = await client.request(query);
      expect(res.status, query).toBe(403);
      expect(res.data ?? null).toBeNull(); // not even `today` ran
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.errors?.[0]?.message).toBe(`${REFUSED_VI} / ${REFUSED_EN}`);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        reason: 'INTROSPECTION',
        messageVi: REFUSED_VI,
        messageEn: REFUSED_EN,
      });
    }
    // __typename is not introspection: clients add it everywhere.
    const typename = await client.request(`{ __typename }`);
    expect(typename.status).toBe(200);
    expect(typename.data).toEqual({ __typename: 'Query' });
  });

  it.each(['analyst', 'admin'])('is open to the %s, the full query an editor sends included', async (username) => {
    const client = await as(production, username);
    expect(await client.data(SCHEMA)).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await client.data(TYPE_IN_FRAGMENT)).unit).toEqual({ name: 'Unit' });
    const full = await client.request(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
    );
    expect(full.errors).toBeUndefined();
    expect(full.status).toBe(200);
    expect((full.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(50);
  });
});

describe('introspection outside production', () => {
  it('is open to everyone, logged in or not', async () => {
    expect(await (await as(development, null)).data(SCHEMA)).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await (await as(development, 'official')).data(TYPE_IN_FRAGMENT)).unit).toEqual({ name: 'Unit' });
  });
});

// Where introspection is refused, a validation error must not hand out the schema one guess at a
// time ("Did you mean resetPassword?"). Production names no field, type or value it was not given,
// for everyone: a document is validated once for all viewers, and those who may introspect read the
// schema in their editor anyway. Outside production the suggestions stay, for developers.
const TYPOS: Array<[string, Record<string, unknown>?]> = [
  ['mutation { resetPasswor(username: "x", password: "yyyyyy") { username } }'],
  ['{ unit(code: "83") { nme } }'],
  ['{ unitt(code: "83") { name } }'],
  [
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { username } }',
    { input: { username: 'lan.x', password: 'secret1', role: 'ADMN', scope: '83' } },
  ],
];

describe('suggestions in errors', () => {
  it.each([
    ['anonymous', null],
    ['an official', 'official'],
    ['the analyst', 'analyst'],
  ])('are off in production for %s', async (_who, username) => {
    const client = await as(production, username);
    for (const [query, variables] of TYPOS) {
      const res = await client.request(query, variables);
      expect(errorCodes(res).length, query).toBeGreaterThan(0);
      const text = JSON.stringify(res.errors);
      expect(text, query).not.toMatch(/Did you mean|resetPassword|"name"|"unit"|"ADMIN"/);
    }
  });

  it('stay on outside production', async () => {
    const res = await (await as(development, 'official')).request(TYPOS[0]![0]);
    expect(res.errors?.[0]?.message).toContain('Did you mean "resetPassword"?');
  });
});
