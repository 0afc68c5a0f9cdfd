import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiClient, type GraphQLResponse } from '../support/graphql';
import { readDb } from '../support/db';
import { useServer } from '../support/use-server';

// On SQLite the server knows every commit, so an answer it keeps in memory is dropped only by a
// write that may change it (server/src/db/answer-writes.ts): officials logging in all day, or a
// session's last-seen time, leave the province's repeated reads in memory; a tally, or any write
// by another process on the same file, does not. The header x-chitieu-cache says which it was.
const { server } = useServer();

const DISTRICT = `query District($code: String!) { unit(code: $code) { code children { code name progress(campaign: "DDDT-2023") { collected activated } } } }`;
const RECORD = `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`;
const CACHE = 'x-chitieu-cache';

/** Asks the district until its answer comes from memory (an answer is kept once asked twice). */
async function askUntilKept(client: ApiClient): Promise<GraphQLResponse> {
  for (let i = 0; i < 4; i++) {
    const res = await client.request(DISTRICT, { code: '836' });
    if (res.headers.get(CACHE) === 'hit') return res;
  }
  throw new Error("the district's answer was never kept");
}

/** A write by another process: a connection of the test's own on the server's file. */
function writeFromOutside(sql: string, ...params: unknown[]): void {
  const db = new Database(server.dbFile, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

const lastSeenOf = (username: string) =>
  readDb(
    server.dbFile,
    (db) =>
      db
        .prepare(`SELECT MAX(s.last_seen_at) FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.username = ?`)
        .pluck()
        .get(username) as string,
  );

describe('answers kept in memory, on SQLite', () => {
  it('outlive logins and last-seen writes, and not a tally', async () => {
    const admin = await new ApiClient(server.url).login('admin');
    const official = await new ApiClient(server.url).login('official');
    // The official was last seen long ago: the next request writes the session's last-seen time.
    writeFromOutside(
      `UPDATE session SET last_seen_at = ? WHERE user_id = (SELECT id FROM app_user WHERE username = 'official')`,
      new Date(Date.now() - 5 * 60_000).toISOString(),
    );
    const kept = await askUntilKept(admin);

    await new ApiClient(server.url).login('official');
    const afterLogin = await admin.request(DISTRICT, { code: '836' });
    expect(afterLogin.headers.get(CACHE)).toBe('hit');

    const seenBefore = lastSeenOf('official');
    const hamlet = (
      await official.data(
        `{ unit(code: "29119") { children { code progress(campaign: "DDDT-2023") { collected activated } } } }`,
      )
    ).unit.children[0];
    expect(lastSeenOf('official') > seenBefore).toBe(true);
    const afterTouch = await admin.request(DISTRICT, { code: '836' });
    expect(afterTouch.headers.get(CACHE)).toBe('hit');
    expect(afterTouch.data).toEqual(kept.data);

    await official.data(RECORD, {
      input: {
        campaign: 'DDDT-2023',
        reports: [
          { unit: hamlet.code, collected: hamlet.progress.collected + 7, activated: hamlet.progress.activated + 3 },
        ],
      },
    });
    const afterTally = await admin.request(DISTRICT, { code: '836' });
    expect(afterTally.headers.get(CACHE)).toBe('miss');
    const commune = (res: GraphQLResponse) =>
      (res.data as any).unit.children.find((c: { code: string }) => c.code === '29119');
    expect(commune(afterTally).progress.collected).toBe(commune(kept).progress.collected + 7);
  });

  it('show a write made by another process at once', async () => {
    const admin = await new ApiClient(server.url).login('admin');
    await askUntilKept(admin);
    writeFromOutside(`UPDATE unit SET name = 'Xã Tân Xuân (đổi tên)' WHERE code = '29119'`);
    const after = await admin.request(DISTRICT, { code: '836' });
    expect(after.headers.get(CACHE)).toBe('miss');
    expect((after.data as any).unit.children.find((c: { code: string }) => c.code === '29119').name).toBe(
      'Xã Tân Xuân (đổi tên)',
    );
  });
});
