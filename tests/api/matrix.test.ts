import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '../support/csv';
import { dbFingerprint, dbValue } from '../support/db';
import { dayReports, expectedOf } from '../support/day-reports';
import { ApiClient, errorCodes, type GraphQLResponse } from '../support/graphql';
import { startServer, type TestServer } from '../support/server';

// Role × operation × scope: every mutation that changes data, by an ADMIN of the province (83),
// an ADMIN of Huyện Ba Tri (836) created here, the OFFICIAL of Xã Tân Xuân (29119) and an
// ANALYST (83), on something in their scope and on something outside it. A refused write leaves
// nothing at all: the database's fingerprint, audit included, is the same before and after.

type Actor = 'admin83' | 'admin836' | 'official' | 'analyst';
const ACTORS: Actor[] = ['admin83', 'admin836', 'official', 'analyst'];
type Outcome = 'ok' | 'FORBIDDEN' | 'REFUSED';

let server: TestServer;
const as = {} as Record<Actor, ApiClient>;
let inHamlet = '';
let outHamlet = '';
let outCommune = '';
let k = 0;
const next = () => ++k;

beforeAll(async () => {
  server = await startServer();
  as.admin83 = await new ApiClient(server.url).login('admin');
  await as.admin83.data(`mutation { createUser(input: { username: "matrix.batri", password: "secret1", role: ADMIN, scope: "836" }) { username } }`);
  as.admin836 = await new ApiClient(server.url).login('matrix.batri', 'secret1');
  as.official = await new ApiClient(server.url).login('official');
  as.analyst = await new ApiClient(server.url).login('analyst');
  inHamlet = (await as.admin83.data(`{ unit(code: "29119") { children { code } } }`)).unit.children[0].code;
  outCommune = (await as.admin83.data(`{ unit(code: "837") { children { code } } }`)).unit.children[0].code;
  outHamlet = (await as.admin83.data(`{ unit(code: "${outCommune}") { children { code } } }`)).unit.children[0].code;
  for (const [name, scope] of [['victim.in', '29119'], ['victim.out', outCommune]]) {
    await as.admin83.data(`mutation { createUser(input: { username: "${name}", password: "secret1", role: OFFICIAL, scope: "${scope}" }) { username } }`);
  }
});
afterAll(() => server?.stop());

const RECORD = `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`;
const ASSIGN = `mutation ($input: AssignTargetsInput!) { assignTargets(input: $input) { version } }`;

async function record(c: ApiClient, hamlet: string): Promise<GraphQLResponse> {
  const n = next();
  // Each actor replaces the day's report on record, naming it (replace-with-expected).
  const onRecord = (await dayReports(server, [hamlet])).get(hamlet);
  return c.request(RECORD, { input: { campaign: 'DDDT-2023', reports: [{ unit: hamlet, collected: 5000 + n, activated: 4000 + n, ...expectedOf(onRecord) }] } });
}

async function assign(c: ApiClient, parent: string): Promise<GraphQLResponse> {
  const split = (await as.admin83.data(`{ targets(campaign: "DDDT-2023", parent: "${parent}") { children { unit { code } target } } }`)).targets;
  return c.request(ASSIGN, { input: { campaign: 'DDDT-2023', parent, targets: [{ unit: split.children[0].unit.code, target: split.children[0].target + next() }] } });
}

const m = (c: ApiClient, text: string) => c.request(`mutation { ${text} }`);

/** Each operation, and what each actor gets. */
const CASES: Array<{ name: string; run: (c: ApiClient) => Promise<GraphQLResponse | GraphQLResponse[] | { status: number; body: any }>; expect: Record<Actor, Outcome> }> = [
  { name: 'recordTallies, hamlet of 29119', run: (c) => record(c, inHamlet), expect: { admin83: 'ok', admin836: 'ok', official: 'ok', analyst: 'FORBIDDEN' } },
  { name: 'recordTallies, hamlet of Thạnh Phú', run: (c) => record(c, outHamlet), expect: { admin83: 'ok', admin836: 'FORBIDDEN', official: 'FORBIDDEN', analyst: 'FORBIDDEN' } },
  { name: 'assignTargets, 29119 over hamlets', run: (c) => assign(c, '29119'), expect: { admin83: 'ok', admin836: 'ok', official: 'ok', analyst: 'FORBIDDEN' } },
  { name: 'assignTargets, 836 over communes', run: (c) => assign(c, '836'), expect: { admin83: 'ok', admin836: 'ok', official: 'FORBIDDEN', analyst: 'FORBIDDEN' } },
  { name: 'assignTargets, 83 over districts (836\'s own target)', run: (c) => assign(c, '83'), expect: { admin83: 'ok', admin836: 'FORBIDDEN', official: 'FORBIDDEN', analyst: 'FORBIDDEN' } },
  { name: 'assignTargets, 837 over communes', run: (c) => assign(c, '837'), expect: { admin83: 'ok', admin836: 'FORBIDDEN', official: 'FORBIDDEN', analyst: 'FORBIDDEN' } },
  {
    name: 'createCampaign rooted at 83',
    run: (c) => m(c, `createCampaign(input: { code: "M-${next()}", name: "Ma trận", startDate: "2024-01-01", deadline: "2024-02-01", rootUnit: "83", rootTarget: 10 }) { code }`),
    expect: { admin83: 'ok', admin836: 'FORBIDDEN', official: 'FORBIDDEN', analyst: 'FORBIDDEN' },
  },
  {
    name: 'createCampaign rooted at 836',
    run: (c) => m(c, `createCampaign(input: { code: "M-${next()}", name: "Ma trận", startDate: "2024-01-01", deadline: "2024-02-01", rootUnit: "836", rootTarget: 10 }) { code }`),
    expect: { admin83: 'ok', admin836: 'ok', official: 'FORBIDDEN', analyst: 'FORBIDDEN' },
  },
  { name: 'updateCampaign DDDT-2023', run: (c) => m(c, `updateCampaign(input: { code: "DDDT-2023", description: "matrix ${next()}" }) { code }`), expect: { admin83: 'ok', admin836: 'FORBIDDEN', official: 'FORBIDDEN', analyst: 'FORBIDDEN' } },
  { name: 'createUser at 29119', run: (c) => m(c, `createUser(input: { username: "u${next()}", password: "secret1", role: OFFICIAL, scope: "29119" }) { username }`), expect: { admin83: 'ok', admin836: 'ok', official: 'FORBIDDEN', analyst: 'FORBIDDEN' } },
  { name: 'createUser in Thạnh Phú', run: (c) => m(c, `createUser(input: { username: "u${next()}", password: "secret1", role: OFFICIAL, scope: "${outCommune}" }) { username }`), expect: { admin83: 'ok', admin836: 'FORBIDDEN', official: 'FORBIDDEN', analyst: 'FORBIDDEN' } },
  ...(['in', 'out'] as const).flatMap((where) => {
    const ok = where === 'in' ? { admin836: 'ok' as Outcome } : { admin836: 'FORBIDDEN' as Outcome };
    const expect = { admin83: 'ok' as Outcome, ...ok, official: 'FORBIDDEN' as Outcome, analyst: 'FORBIDDEN' as Outcome };
    return [
      { name: `resetPassword, user ${where} of 836`, run: (c: ApiClient) => m(c, `resetPassword(username: "victim.${where}", password: "secret${next()}") { username }`), expect },
      { name: `deactivateUser then reactivateUser, user ${where} of 836`, run: async (c: ApiClient) => [await m(c, `deactivateUser(username: "victim.${where}") { active }`), await m(c, `reactivateUser(username: "victim.${where}") { active }`)], expect },
      { name: `revokeSessions, user ${where} of 836`, run: (c: ApiClient) => m(c, `revokeSessions(username: "victim.${where}") { username }`), expect },
    ];
  }),
  {
    name: 'CSV import, hamlet of 29119',
    run: (c) => importCsv(server.url, c, `hamlet,date,collected,activated\n${inHamlet},2023-11-15,${6000 + next()},5000\n`, 'campaign=DDDT-2023'),
    expect: { admin83: 'ok', admin836: 'ok', official: 'ok', analyst: 'FORBIDDEN' },
  },
  {
    name: 'CSV import, hamlet of Thạnh Phú',
    run: (c) => importCsv(server.url, c, `hamlet,date,collected,activated\n${outHamlet},2023-11-15,${6000 + next()},5000\n`, 'campaign=DDDT-2023'),
    expect: { admin83: 'ok', admin836: 'REFUSED', official: 'REFUSED', analyst: 'FORBIDDEN' },
  },
  { name: 'changeMyPassword (and back)', run: async (c) => [await m(c, 'changeMyPassword(oldPassword: "__OLD__", newPassword: "changed1")'), await m(c, 'changeMyPassword(oldPassword: "changed1", newPassword: "__OLD__")')], expect: { admin83: 'ok', admin836: 'ok', official: 'ok', analyst: 'ok' } },
];

function outcomeOf(res: GraphQLResponse | { status: number; body: any }): string {
  if ('body' in res) return res.status === 200 ? 'ok' : res.status === 403 ? 'FORBIDDEN' : `REFUSED ${res.status} ${res.body.errors?.[0]?.message ?? ''}`;
  const codes = errorCodes(res);
  return codes.length === 0 ? 'ok' : codes.join(',');
}

describe('who may change what', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      for (const actor of ACTORS) {
        const client = as[actor];
        const password = actor === 'admin836' ? 'secret1' : 'demo';
        const run = c.name.startsWith('changeMyPassword')
          ? async () => [await m(client, `changeMyPassword(oldPassword: "${password}", newPassword: "changed1")`), await m(client, `changeMyPassword(oldPassword: "changed1", newPassword: "${password}")`)]
          : () => c.run(client);
        const before = await dbFingerprint(server);
        const audits = await dbValue(server, `SELECT COUNT(*) FROM audit_event`);
        const answers = [await run()].flat();
        const got = answers.map(outcomeOf);
        const want = c.expect[actor];
        if (want === 'ok') {
          expect(got, `${actor}: ${c.name}`).toEqual(answers.map(() => 'ok'));
          expect(await dbValue(server, `SELECT COUNT(*) FROM audit_event`), `${actor} left its audit events`).toBeGreaterThan(audits);
        } else {
          expect(got[0], `${actor}: ${c.name}`).toMatch(want === 'FORBIDDEN' ? /^FORBIDDEN$/ : /^REFUSED 400 .*nothing was saved/);
          expect(await dbFingerprint(server), `${actor}: ${c.name} left nothing behind`).toBe(before);
        }
      }
    });
  }
});
