import { describe, expect, it } from 'vitest';
import { ApiClient, errorCodes, type GraphQLResponse } from '../support/graphql';
import { useServer } from '../support/use-server';

// Requests built to break the server: each must be a plain 400 with a code and both languages,
// never a 500, whether the sender is logged in or not.
const { server, analyst } = useServer({ logins: ['analyst'] });

/** Posts a body as it is (JSON.stringify itself would refuse to write some of them). */
async function post(body: string, cookie: string | null): Promise<GraphQLResponse> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body,
  });
  return { ...((await res.json()) as object), status: res.status, headers: res.headers };
}

function nested(levels: number, kind: 'object' | 'array'): string {
  return kind === 'object'
    ? `${'{"a":'.repeat(levels)}"x"${'}'.repeat(levels)}`
    : `${'['.repeat(levels)}"x"${']'.repeat(levels)}`;
}

describe('deeply nested JSON in variables', () => {
  for (const [levels, kind] of [
    [25_000, 'object'],
    [30_000, 'array'],
  ] as const) {
    it(`${levels} levels of ${kind}s in an unused variable: 400 BAD_USER_INPUT in both languages`, async () => {
      for (const cookie of [null, analyst.sessionCookie]) {
        const res = await post(`{"query":"{ today }","variables":{"deep":${nested(levels, kind)}}}`, cookie);
        expect(res.status).toBe(400);
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(res.errors?.[0]?.extensions).toMatchObject({
          messageVi: expect.stringMatching(/lồng/),
          messageEn: expect.stringMatching(/nested/),
        });
        expect(res.data).toBeUndefined();
      }
    });
  }

  it('a variable nested as deep as a real input still runs', async () => {
    const res = await post(`{"query":"{ today }","variables":{"deep":${nested(20, 'object')}}}`, analyst.sessionCookie);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });
});

describe('an operationName that is not in the document', () => {
  it('is 400 for anyone, logged in or not, for a read the answer cache could keep', async () => {
    const body = JSON.stringify({ query: 'query A { today } query B { campaigns { code } }', operationName: 'C' });
    for (const cookie of [null, analyst.sessionCookie]) {
      const res = await post(body, cookie);
      expect(res.status, cookie ? 'logged in' : 'anonymous').toBe(400);
      expect(errorCodes(res)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
    }
    const single = await new ApiClient(server.url).login('analyst');
    const res = await post(
      JSON.stringify({ query: '{ unit(code: "83") { code } }', operationName: 'Missing' }),
      single.sessionCookie,
    );
    expect(res.status).toBe(400);
  });
});
