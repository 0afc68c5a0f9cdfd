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
  await as.admin83.data(
    `mutation { createUser(input: { username: "matrix.batri", password: "secret1", role: ADMIN, scope: "836" }) { username } }`,
  );
  as.admin836 = await new ApiClient(server.url).login('matrix.batri', 'secret1');
  as.official = await new ApiClient(server.url).login('official');
  as.analyst = await new ApiClient(server.url).login('analyst');
  inHamlet = (await as.admin83.data(`{ unit(code: "29119") { children { code } } }`)).unit.children[0].code;
  outCommune = (await as.admin83.data(`{ unit(code: "837") { children { code } } }`)).unit.children[0].code;
  outHamlet = (await as.admin83.data(`{ unit(code: "${outCommune}") { children { code } } }`)).unit.children[0].code;
  for (const [name, scope] of [
    ['victim.in', '29119'],
    ['victim.out', outCommune],
  ]) {
    await as.admin83.data(
      `mutation { createUser(input: { username: "${name}", password: "secret1", role: OFFICIAL, scope: "${scope}" }) { username } }`,
    );
  }
});
afterAll(() => server?.stop());

const RECORD = `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`;
const ASSIGN = `mutation ($input: AssignTargetsInput!) { assignTargets(input: $input) { version } }`;

async function record(c: ApiClient, hamlet: string): Promise<GraphQLResponse> {
  const n = next();
  // Each actor replaces the day's report on record, naming it (replace-with-expected).
  const onRecord = (await dayReports(server, [hamlet])).get(hamlet);
  return c.request(RECORD, {
    input: {
      campaign: 'DDDT-2023',
      reports: [{ unit: hamlet, collected: 5000 + n, activated: 4000 + n, ...expectedOf(onRecord) }],
    },
  });
}

async function assign(c: ApiClient, parent: string): Promise<GraphQLResponse> {
  const split = (
    await as.admin83.data(
      `{ targets(campaign: "DDDT-2023", parent: "${parent}") { children { unit { code } target } } }`,
    )
  ).targets;
  return c.request(ASSIGN, {
    input: {
      campaign: 'DDDT-2023',
      parent,
      targets: [{ unit: split.children[0].unit.code, target: split.children[0].target + next() }],
    },
  });
}

const m = (c: ApiClient, text: string) => c.request(`mutation { ${text} }`);

/** Each operation, and what each actor gets. */
const CASES: Array<{
  name: string;
  run: (c: ApiClient) => Promise<GraphQLResponse | GraphQLResponse[] | { status: number; body: any }>;
  expect: Record<Actor, Outcome>;
}> = [
  {
    name: 'recordTallies, hamlet of 29119',
    run: (c) => record(c, inHamlet),
    expect: { admin83: 'ok', admin836: 'ok', official: 'ok', analyst: 'FORBIDDEN' },
  },
  {
    name: 'recordTallies, hamlet of Thạnh Phú',
    run: (c) => record(c, outHamlet),
    expect: { admin83: 'ok', admin836: 'FORBIDDEN', official: 'FORBIDDEN', analyst: 'FORBIDDEN' },
  },
  {
    name: 'assignTargets, 29119 over hamlets',
    run: (c) => assign(c, '29119'),
    expect: { admin83: 'ok', admin836: 'ok', official: 'ok', analyst: 'FORBIDDEN' },
  },
  {
    name: 'assignTargets, 836 over communes',
    run: (c) => assign(c, '836'),
    expect: { admin83: 'ok', admin836: 'ok', official: 'FORBIDDEN', analyst: 'FORBIDDEN' },
  },
  {
    name: "assignTargets, 83 over districts (836's own target)",
    run: (c) => assign(c, '83'),
    expect: { admin83: 'ok', admin836: 'FORBIDDEN', official: 'FORBIDDEN', analyst: 'FORBIDDEN' },
  },
  {
    name: 'assignTargets, 837 over communes',
    run: (c) => assign(c, '837'),
    expect: { admin83: 'ok', admin836: 'FORBIDDEN', official: 'FORBIDDEN', analyst: 'FORBIDDEN' },
  },
  {
    name: 'createCampaign rooted at 83',
    run: (c) =>
      m(
        c,
        `createCampaign(input: { code: "M-${next()}", name: "Ma trận", startDate: "2024-01-01", deadline: "2024-02-01", rootUnit: "83", rootTarget: 10 }) { code }`,
      ),
    expect: { admin83: 'ok', admin836: 'FORBIDDEN', official: 'FORBIDDEN', analyst: 'FORBIDDEN' },
  },
  {
    name: 'createCampaign rooted at 836',
    run: (c) =>
      m(
        c,
        `createCampaign(input: { code: "M-${next()}", name: "Ma trận", startDate: "2024-01-01", deadline: "2024-02-01", rootUnit: "836", rootTarget: 10 }) { code }`,
      ),
    expect: { admin83: 'ok', admin836: 'ok', official: 'FORBIDDEN', analyst: 'FORBIDDEN' },
  },
  {
    name: 'updateCampaign DDDT-2023',
    run: (c) => m(c, `updateCampaign(input: { code: "DDDT-2023", description: "matrix ${next()}" }) { code }`),
    expect: { admin83: 'ok', admin836: 'FORBIDDEN', official: 'FORBIDDEN', analyst: 'FORBIDDEN' },
  },
  {
    name: 'createUser at 29119',
    run: (c) =>
      m(
        c,
        `createUser(input: { username: "u${next()}", password: "secret1", role: OFFICIAL, scope: "29119" }) { username }`,
      ),
    expect: { admin83: 'ok', admin836: 'ok', official: 'FORBIDDEN', analyst: 'FORBIDDEN' },
  },
  {
    name: 'createUser in Thạnh Phú',
    run: (c) =>
      m(
        c,
        `createUser(input: { username: "u${next()}", password: "secret1", role: OFFICIAL, scope: "${outCommune}" }) { username }`,
      ),
    expect: { admin83: 'ok', admin836: 'FORBIDDEN', official: 'FORBIDDEN', analyst: 'FORBIDDEN' },
  },
  ...(['in', 'out'] as const).flatMap((where) => {
    const ok = where === 'in' ? { admin836: 'ok' as Outcome } : { admin836: 'FORBIDDEN' as Outcome };
    const expect = {
      admin83: 'ok' as Outcome,
      ...ok,
      official: 'FORBIDDEN' as Outcome,
      analyst: 'FORBIDDEN' as Outcome,
    };
    return [
      {
        name: `resetPassword, user ${where} of 836`,
        run: (c: ApiClient) =>
          m(c, `resetPassword(username: "victim.${where}", password: "secret${next()}") { username }`),
        expect,
      },
      {
        name: `deactivateUser then reactivateUser, user ${where} of 836`,
        run: async (c: ApiClient) => [
          await m(c, `deactivateUser(username: "victim.${where}") { active }`),
          await m(c, `reactivateUser(username: "victim.${where}") { active }`),
        ],
        expect,
      },
      {
        name: `revokeSessions, user ${where} of 836`,
        run: (c: ApiClient) => m(c, `revokeSessions(username: "victim.${where}") { username }`),
        expect,
      },
    ];
  }),
  {
    name: 'CSV import, hamlet of 29119',
    run: (c) =>
      importCsv(
        server.url,
        c,
        `hamlet,date,collected,activated\n${inHamlet},2023-11-15,${6000 + next()},5000\n`,
        'campaign=DDDT-2023',
      ),
    expect: { admin83: 'ok', admin836: 'ok', official: 'ok', analyst: 'FORBIDDEN' },
  },
  {
    name: 'CSV import, hamlet of Thạnh Phú',
    run: (c) =>
      importCsv(
        server.url,
        c,
        `hamlet,date,collected,activated\n${outHamlet},2023-11-15,${6000 + next()},5000\n`,
        'campaign=DDDT-2023',
      ),
    expect: { admin83: 'ok', admin836: 'REFUSED', official: 'REFUSED', analyst: 'FORBIDDEN' },
  },
  {
    name: 'changeMyPassword (and back)',
    run: async (c) => [
      await m(c, 'changeMyPassword(oldPassword: "__OLD__", newPassword: "changed1")'),
      await m(c, 'changeMyPassword(oldPassword: "changed1", newPassword: "__OLD__")'),
    ],
    expect: { admin83: 'ok', admin836: 'ok', official: 'ok', analyst: 'ok' },
  },
];

function outcomeOf(res: GraphQLResponse | { status: number; body: any }): string {
  if ('body' in res)
    return res.status === 200
      ? 'ok'
      : res.status === 403
        ? 'FORBIDDEN'
        : `REFUSED ${res.status} ${res.body.errors?.[0]?.message ?? ''}`;
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
          ? async () => [
              await m(client, `changeMyPassword(oldPassword: "${password}", newPassword: "changed1")`),
              await m(client, `changeMyPassword(oldPassword: "changed1", newPassword: "${password}")`),
            ]
          : () => c.run(client);
        const before = await dbFingerprint(server);
        const audits = await dbValue(server, `SELECT COUNT(*) FROM audit_event`);
        const answers = [await run()].flat();
        const got = answers.map(outcomeOf);
        const want = c.expect[actor];
        if (want === 'ok') {
          expect(got, `${actor}: ${c.name}`).toEqual(answers.map(() => 'ok'));
          expect(
            await dbValue(server, `SELECT COUNT(*) FROM audit_event`),
            `${actor} left its audit events`,
          ).toBeGreaterThan(audits);
        } else {
          expect(got[0], `${actor}: ${c.name}`).toMatch(
            want === 'FORBIDDEN' ? /^FORBIDDEN$/ : /^REFUSED 400 .*nothing was saved/,
          );
          expect(await dbFingerprint(server), `${actor}: ${c.name} left nothing behind`).toBe(before);
        }
      }
    });
  }
});

// Role × figure × scope: every field that carries a figure, read by the same four users on a unit
// (or a directive's task) in their scope and on one above it. Names and codes are visible above a
// scope; figures are a FORBIDDEN error on the field. One query per field, so each cell is one answer.
const REPORT_836 = `directiveReport(directive: "7027/UBND-KSTT", task: 5, assignee: "836", asOf: "2023-11-14", level: COMMUNE)`;
const FILE_836 = `fileReport(input: { directive: "7027/UBND-KSTT", task: 5, assignee: "836", asOf: "2023-11-14", level: COMMUNE })`;
const FILED = (fields: string) =>
  `{ directive(number: "7027/UBND-KSTT") { lines(task: 5, first: 2) { nodes { filedReports(first: 1) { report { ${fields} } } } } } }`;
type Reads = Record<Actor, Outcome>;
const ALL: Reads = { admin83: 'ok', admin836: 'ok', official: 'ok', analyst: 'ok' };
const PROVINCE: Reads = { admin83: 'ok', admin836: 'FORBIDDEN', official: 'FORBIDDEN', analyst: 'ok' };
const DISTRICT: Reads = { admin83: 'ok', admin836: 'ok', official: 'FORBIDDEN', analyst: 'ok' };
const UNIT_FIELDS = [
  'population',
  'hamlets',
  'childCount',
  'progress(campaign: "DDDT-2023") { collected activatedRate percentDone }',
  'history(campaign: "DDDT-2023", from: "2023-11-01") { collected }',
  'completeness(campaign: "DDDT-2023") { hamletsReported }',
  'shortfalls(campaign: "DDDT-2023") { needed }',
];
const READS: Array<{ name: string; query: string; expect: Reads }> = [
  ...(
    [
      ['83', PROVINCE],
      ['836', DISTRICT],
      ['29119', ALL],
    ] as const
  ).flatMap(([code, expect]) =>
    UNIT_FIELDS.map((field) => ({
      name: `Unit ${code}.${field.split('(')[0]}`,
      query: `{ unit(code: "${code}") { code name ${field} } }`,
      expect,
    })),
  ),
  {
    name: 'Campaign.rootTarget, root 83',
    query: `{ campaign(code: "DDDT-2023") { code rootUnit { code name } rootTarget } }`,
    expect: PROVINCE,
  },
  {
    name: 'Campaign.rootTarget, root 836',
    query: `{ campaign(code: "FIG-836") { code rootTarget } }`,
    expect: DISTRICT,
  },
  { name: 'campaigns.rootTarget', query: `{ campaigns { code rootTarget } }`, expect: PROVINCE },
  {
    name: 'Task.percentDone, task 2 (province-wide)',
    query: `{ directive(number: "7027/UBND-KSTT") { task(number: 2) { state percentDone } } }`,
    expect: PROVINCE,
  },
  {
    name: 'Task.percentDone, task 4 (Công an tỉnh)',
    query: `{ directive(number: "7027/UBND-KSTT") { task(number: 4) { state percentDone } } }`,
    expect: PROVINCE,
  },
  {
    name: 'AssignmentLine figures under 836',
    query: `{ directive(number: "7027/UBND-KSTT") { lines(task: 2, under: "836") { nodes { percentDone progress { collected } } } } }`,
    expect: DISTRICT,
  },
  {
    name: 'ranking under 83',
    query: `{ ranking(campaign: "DDDT-2023", parent: "83") { nodes { value } } }`,
    expect: PROVINCE,
  },
  {
    name: 'targets of 83',
    query: `{ targets(campaign: "DDDT-2023", parent: "83") { target children { target population } } }`,
    expect: PROVINCE,
  },
  {
    name: 'previewSplit of 83',
    query: `{ previewSplit(campaign: "DDDT-2023", parent: "83", method: POPULATION) { total children { current proposed population } } }`,
    expect: PROVINCE,
  },
  {
    name: 'targetProblems under 83',
    query: `{ targetProblems(campaign: "DDDT-2023", under: "83", first: 5) { totalCount nodes { target allocated unallocated } } }`,
    expect: PROVINCE,
  },
  {
    name: 'reportingStatus under 83',
    query: `{ reportingStatus(campaign: "DDDT-2023", parent: "83", first: 5) { totalCount nodes { hamletsReported hamletsTotal } } }`,
    expect: PROVINCE,
  },
  // Audit rows carry before and after values: admins and analysts read them for their scope only.
  {
    name: 'auditEvents of 83',
    query: `{ auditEvents(unit: "83", first: 5) { totalCount nodes { oldValue newValue } } }`,
    expect: { ...PROVINCE, official: 'FORBIDDEN' },
  },
  {
    name: 'directiveReport of 836: total and rows',
    query: `{ ${REPORT_836} { total { target collected activatedRate } rows { collected rank } } }`,
    expect: DISTRICT,
  },
  {
    name: 'directiveReport of 836: tasks[].percentDone',
    query: `{ ${REPORT_836} { tasks { number state percentDone } } }`,
    expect: PROVINCE,
  },
  {
    name: 'fileReport of 836: tasks[].percentDone',
    query: `mutation { ${FILE_836} { report { tasks { number percentDone } } } }`,
    expect: { admin83: 'ok', admin836: 'FORBIDDEN', official: 'FORBIDDEN', analyst: 'FORBIDDEN' },
  },
  { name: 'filedReports.report of 836: total', query: FILED('total { collected }'), expect: ALL },
  // The official sees no line of task 5 (none is in Tân Xuân), so no filed report either.
  {
    name: 'filedReports.report of 836: tasks[].percentDone',
    query: FILED('tasks { number percentDone }'),
    expect: { ...PROVINCE, official: 'ok' },
  },
];

describe('who reads which figure', () => {
  beforeAll(async () => {
    await as.admin83.data(
      `mutation { addAssignees(input: { directive: "7027/UBND-KSTT", task: 5, assignees: ["836"] }) { number } }`,
    );
    await as.admin83.data(`mutation { ${FILE_836} { id } }`);
    await as.admin83.data(
      `mutation { createCampaign(input: { code: "FIG-836", name: "Ma trận số liệu", startDate: "2024-01-01", deadline: "2024-02-01", rootUnit: "836", rootTarget: 10 }) { code } }`,
    );
  });

  for (const c of READS) {
    it(c.name, async () => {
      const got = {} as Record<Actor, string>;
      for (const actor of ACTORS) {
        const res = await as[actor].request(c.query);
        const codes = [...new Set(errorCodes(res))];
        got[actor] =
          codes.length === 0
            ? 'ok'
            : codes.join(',') + (codes.includes('FORBIDDEN') ? '' : ` ${res.errors?.[0]?.message}`);
        // A refused figure is no figure: nothing stands where the error points.
        for (const e of res.errors ?? []) {
          const at = (e.path ?? []).reduce<any>((node, key) => node?.[key], res.data);
          expect(at ?? null, `${actor}: ${c.name} at ${e.path?.join('.')}`).toBeNull();
        }
      }
      expect(got).toEqual(c.expect);
    });
  }
});
