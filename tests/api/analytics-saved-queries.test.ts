import { beforeAll, describe, expect, it } from 'vitest';
import { dbRows } from '../support/db';
import { ApiClient, errorCodes } from '../support/graphql';
import { useServer } from '../support/use-server';

const { server, admin } = useServer({ logins: ['admin'] });
let analyst: ApiClient; // ANALYST at Tỉnh Bến Tre (83)
let colleague: ApiClient; // another ANALYST at the province
let baTri: ApiClient; // an ANALYST at Huyện Ba Tri (836), below the province
let official: ApiClient; // OFFICIAL at Xã Tân Xuân (29119), below Ba Tri

const FIELDS = 'id name description query variables shared example owner mine readOnly sharedWith { code }';
const SAVE = `mutation ($input: SaveQueryInput!) { saveQuery(input: $input) { ${FIELDS} } }`;
const LIST = `query ($filter: SavedQueryFilter, $search: String) { savedQueries(filter: $filter, search: $search, first: 100) { totalCount nodes { ${FIELDS} } } }`;
const HISTORY = { 'x-chitieu-history': '1' };

beforeAll(async () => {
  for (const [username, scope] of [
    ['analyst2', '83'],
    ['analyst.batri', '836'],
  ]) {
    await admin.data(`mutation ($input: CreateUserInput!) { createUser(input: $input) { username } }`, {
      input: { username, password: 'demo', role: 'ANALYST', scope },
    });
  }
  analyst = await new ApiClient(server.url).login('analyst');
  colleague = await new ApiClient(server.url).login('analyst2');
  baTri = await new ApiClient(server.url).login('analyst.batri');
  official = await new ApiClient(server.url).login('official');
});

async function names(client: ApiClient, filter = 'ALL', search?: string): Promise<string[]> {
  return (await client.data(LIST, { filter, search })).savedQueries.nodes.map((n: any) => n.name);
}

describe('saved queries', () => {
  it("are private or shared with the owner's scope, read-only for the others, who copy them", async () => {
    const mine = (await analyst.data(SAVE, { input: { name: 'Riêng tôi', query: '{ today }' } })).saveQuery;
    expect(mine).toMatchObject({
      shared: false,
      mine: true,
      readOnly: false,
      owner: 'analyst',
      sharedWith: null,
      description: '',
      variables: null,
    });
    const shared = (
      await analyst.data(SAVE, {
        input: {
          name: 'Xếp hạng xã Ba Tri',
          description: 'Cho cả tỉnh',
          query: '{ ranking(campaign: "DDDT-2023", parent: "836") { totalCount } }',
          variables: '{ } // trống',
          shared: true,
        },
      })
    ).saveQuery;
    expect(shared).toMatchObject({ shared: true, sharedWith: { code: '83' }, variables: '{ } // trống' });

    // A colleague at the province and an analyst below it see the shared one, read-only; nobody else sees the private one.
    for (const other of [colleague, baTri]) {
      expect(await names(other, 'SHARED')).toEqual(['Xếp hạng xã Ba Tri']);
      const seen = (await other.data(`{ savedQuery(id: "${shared.id}") { ${FIELDS} } }`)).savedQuery;
      expect(seen).toMatchObject({ mine: false, readOnly: true, owner: 'analyst' });
      expect(errorCodes(await other.request(`{ savedQuery(id: "${mine.id}") { id } }`))).toEqual(['NOT_FOUND']);
      expect(
        errorCodes(
          await other.request(`mutation { updateSavedQuery(id: "${shared.id}", input: { name: "x" }) { id } }`),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(errorCodes(await other.request(`mutation { deleteSavedQuery(id: "${shared.id}") }`))).toEqual([
        'FORBIDDEN',
      ]);
    }

    // Copying makes a private query of one's own, which its new owner may change.
    const copy = (await colleague.data(`mutation { copySavedQuery(id: "${shared.id}") { ${FIELDS} } }`)).copySavedQuery;
    expect(copy).toMatchObject({
      name: 'Xếp hạng xã Ba Tri (bản sao)',
      query: shared.query,
      variables: shared.variables,
      shared: false,
      mine: true,
      owner: 'analyst2',
    });
    const renamed = (
      await colleague.data(
        `mutation { updateSavedQuery(id: "${copy.id}", input: { name: "Của tôi", shared: true }) { ${FIELDS} } }`,
      )
    ).updateSavedQuery;
    expect(renamed).toMatchObject({ name: 'Của tôi', shared: true, sharedWith: { code: '83' } });
    expect(await names(analyst, 'SHARED')).toEqual(['Của tôi']);
  });

  it('shared from a district: seen at and below it, not above it', async () => {
    await baTri.data(SAVE, {
      input: {
        name: 'Ấp Ba Tri chưa báo cáo',
        query: '{ reportingStatus(campaign: "DDDT-2023", level: HAMLET, reported: false) { totalCount } }',
        shared: true,
      },
    });
    expect(await names(official, 'SHARED')).toContain('Ấp Ba Tri chưa báo cáo');
    expect(await names(analyst, 'SHARED')).not.toContain('Ấp Ba Tri chưa báo cáo');
  });

  it('the examples can be copied, never changed', async () => {
    const example = (await analyst.data(LIST, { filter: 'EXAMPLES' })).savedQueries.nodes[0];
    expect(
      errorCodes(
        await analyst.request(`mutation { updateSavedQuery(id: "${example.id}", input: { name: "x" }) { id } }`),
      ),
    ).toEqual(['FORBIDDEN']);
    const copy = (
      await official.data(`mutation { copySavedQuery(id: "${example.id}", name: "Bản của xã") { ${FIELDS} } }`)
    ).copySavedQuery;
    expect(copy).toMatchObject({ name: 'Bản của xã', example: false, mine: true, query: example.query });
  });

  it('are found without diacritics', async () => {
    expect(await names(analyst, 'MINE', 'xep hang ba tri')).toEqual(['Xếp hạng xã Ba Tri']);
    // The name or the description: an example says "Ba Tri thấp nhất".
    expect(await names(analyst, 'ALL', 'xep hang ba tri')).toEqual([
      'Huyện xếp hạng theo tỷ lệ kích hoạt (14-11-2023) / Districts ranked by activation rate',
      'Xếp hạng xã Ba Tri',
    ]);
    expect(await names(analyst, 'MINE', 'RIENG')).toEqual(['Riêng tôi']);
  });

  it('read a blank description or blank variables as none, kept when not given', async () => {
    const saved = (
      await analyst.data(SAVE, { input: { name: 'Trống', description: '   ', query: '{ today }', variables: ' \n ' } })
    ).saveQuery;
    expect(saved).toMatchObject({ description: '', variables: null });
    const UPDATE = `mutation ($id: ID!, $input: UpdateSavedQueryInput!) { updateSavedQuery(id: $id, input: $input) { description variables } }`;
    const edit = async (input: Record<string, unknown>) =>
      (await analyst.data(UPDATE, { id: saved.id, input })).updateSavedQuery;
    expect(await edit({ description: ' Hôm nay ', variables: '{}' })).toEqual({
      description: ' Hôm nay ',
      variables: '{}',
    });
    expect(await edit({ name: 'Trống (sửa)' })).toEqual({ description: ' Hôm nay ', variables: '{}' });
    expect(await edit({ description: '  ', variables: '  ' })).toEqual({ description: '', variables: null });
  });

  it('refuses bad fields, cell by cell, and saves nothing', async () => {
    const res = await analyst.request(SAVE, { input: { name: '  ', query: '' } });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect((res.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toEqual([
      'name',
      'query',
    ]);
    expect(errorCodes(await analyst.request(`mutation { deleteSavedQuery(id: "abc") }`))).toEqual(['BAD_USER_INPUT']);
  });

  it('deleting one leaves its whole text in the audit', async () => {
    const doomed = (await analyst.data(SAVE, { input: { name: 'Tạm', query: '{ me { username } }' } })).saveQuery;
    expect((await analyst.data(`mutation { deleteSavedQuery(id: "${doomed.id}") }`)).deleteSavedQuery).toBe(true);
    expect(errorCodes(await analyst.request(`{ savedQuery(id: "${doomed.id}") { id } }`))).toEqual(['NOT_FOUND']);
    const [event] = await dbRows<{ username: string; old_value: string }>(
      server,
      `SELECT username, old_value FROM audit_event WHERE action = 'savedQuery.delete' AND field = ?`,
      doomed.id,
    );
    expect(event!.username).toBe('analyst');
    expect(JSON.parse(event!.old_value)).toMatchObject({ name: 'Tạm', query: '{ me { username } }' });
  });
});

describe('query history', () => {
  const HISTORY_QUERY = `{ queryHistory(first: 100) { totalCount nodes { operationName query variables durationMs errorCount ranAt } } }`;

  it('keeps what the editor ran, newest first, with duration and errors, never a password', async () => {
    const client = await new ApiClient(server.url).login('analyst2');
    await client.data(`mutation { clearQueryHistory }`);
    await client.request(`query Today { today }`, { nested: { password: 'secret', keep: 1 }, token: 'abc' }, HISTORY);
    await client.request(
      `{ unit(code: "83") { ${'parent { '.repeat(12)}code${' }'.repeat(12)} } }`,
      undefined,
      HISTORY,
    ); // refused: depth
    await client.request(`{ me { username } }`); // the console's own: no header, not kept
    await client.request(`mutation { login(username: "analyst2", password: "demo") { username } }`, undefined, HISTORY); // never kept

    const { queryHistory } = await client.data(HISTORY_QUERY);
    expect(queryHistory.totalCount).toBe(2);
    const [refused, today] = queryHistory.nodes;
    expect(refused).toMatchObject({ errorCount: 1, operationName: null });
    expect(today).toMatchObject({ operationName: 'Today', query: 'query Today { today }', errorCount: 0 });
    expect(JSON.parse(today.variables)).toEqual({ nested: { password: '[redacted]', keep: 1 }, token: '[redacted]' });
    expect(today.durationMs).toBeGreaterThanOrEqual(0);
    expect(Date.parse(today.ranAt)).not.toBeNaN();
  });

  it('keeps the latest 200 per user, and is theirs alone', async () => {
    const client = await new ApiClient(server.url).login('analyst.batri');
    for (let i = 0; i < 205; i++) await client.request(`query Q${i} { today }`, undefined, HISTORY);
    // History is kept just after each response: on PostgreSQL the last one may land a moment after
    // the next request is read, so this waits for it (a few seconds at most) rather than racing it.
    await expect
      .poll(
        async () =>
          (await client.data(`{ queryHistory(first: 1) { totalCount nodes { operationName } } }`)).queryHistory,
        { timeout: 5_000 },
      )
      .toEqual({ totalCount: 200, nodes: [{ operationName: 'Q204' }] });
    const others = (await colleague.data(HISTORY_QUERY)).queryHistory.nodes.map((n: any) => n.operationName);
    expect(others).not.toContain('Q204');

    expect((await client.data(`mutation { clearQueryHistory }`)).clearQueryHistory).toBe(200);
    expect((await client.data(`{ queryHistory { totalCount } }`)).queryHistory.totalCount).toBe(0);
  });
});
