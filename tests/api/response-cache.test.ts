import { describe, expect, it } from 'vitest';
import { ApiClient, errorCodes } from '../support/graphql';
import { useServer } from '../support/use-server';

// Repeated reads are answered from memory (server/src/app/response-cache.plugin.ts): these are
// the ways such an answer could be wrong, asked the way a console asks them, twice or more.
const { server } = useServer();

const DISTRICT = `query District($code: String!) { unit(code: $code) { code children { code progress(campaign: "DDDT-2023") { collected activated } } } }`;
const RECORD = `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`;

describe('answers repeated from memory', () => {
  it('show a write at once, to every user', async () => {
    const admin = await new ApiClient(server.url).login('admin');
    const official = await new ApiClient(server.url).login('official');
    const first = await admin.data(DISTRICT, { code: '836' });
    expect(await admin.data(DISTRICT, { code: '836' })).toEqual(first);
    const tanXuan = first.unit.children.find((c: { code: string }) => c.code === '29119');
    const hamlet = (
      await official.data(
        `{ unit(code: "29119") { children { code progress(campaign: "DDDT-2023") { collected activated } } } }`,
      )
    ).unit.children[0];
    await official.data(RECORD, {
      input: {
        campaign: 'DDDT-2023',
        reports: [
          { unit: hamlet.code, collected: hamlet.progress.collected + 7, activated: hamlet.progress.activated + 3 },
        ],
      },
    });
    const after = (await admin.data(DISTRICT, { code: '836' })).unit.children.find(
      (c: { code: string }) => c.code === '29119',
    );
    expect(after.progress).toEqual({
      collected: tanXuan.progress.collected + 7,
      activated: tanXuan.progress.activated + 3,
    });
  });

  it("are never another user's: the same question outside one's scope is still refused", async () => {
    const admin = await new ApiClient(server.url).login('admin');
    const official = await new ApiClient(server.url).login('official');
    await admin.data(DISTRICT, { code: '836' });
    await admin.data(DISTRICT, { code: '836' });
    expect(errorCodes(await official.request(DISTRICT, { code: '836' }))).toEqual(['FORBIDDEN']);
  });

  it('stop with the session: after logging out the same question needs a login', async () => {
    const admin = await new ApiClient(server.url).login('admin');
    await admin.data(DISTRICT, { code: '83' });
    const cookie = admin.sessionCookie!;
    await admin.data(`mutation { logout }`);
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: DISTRICT, variables: { code: '83' } }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
