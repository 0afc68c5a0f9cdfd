import http from 'node:http';
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, createDirective, saveQuery, type FuzzCase, type FuzzContext, type Role } from '../support/fuzz-cases';
import {
  changedTables,
  LOGIN_TABLES,
  refusalProblems,
  snapshot,
  storedCount,
  type Answer,
} from '../support/fuzz-check';
import { bodyOf, mutationDocument, ONE_MB, setAt, variantsOf, type Variant } from '../support/fuzz-variants';
import { dbChangeCounter, type ChangeCounter } from '../support/db';
import { ApiClient } from '../support/graphql';
import { startServer, type TestServer } from '../support/server';

// Every mutation, every argument and input field, spoiled one at a time with hostile
// values of its type (fuzz-variants.ts). Each must be refused with a user's code (or 413 for a body
// over 1 MB), in both languages, with a request id and no SQL, stack or path; nothing is written;
// the server stays up. The few hostile values that are valid input (a name with an emoji) are
// listed in fuzz-cases.ts, and must then be stored exactly as sent. The same on PostgreSQL (api-pg):
// the database is read through tests/support/db.ts, whichever engine the server runs on.
let server: TestServer;
let schema: GraphQLSchema;
let ctx: FuzzContext;
let changes: ChangeCounter;

/** Requests in flight at once, and requests between two health and write checks. */
const PARALLEL = 6;
const BATCH = 60;

beforeAll(async () => {
  server = await startServer();
  const admin = await new ApiClient(server.url).login('admin');
  for (const [username, role] of [
    ['fuzz.login', 'OFFICIAL'],
    ['fuzz.self', 'ANALYST'],
    ['fuzz.user0', 'OFFICIAL'],
    ['fuzz.off0', 'OFFICIAL'],
  ]) {
    await admin.data(`mutation ($input: CreateUserInput!) { createUser(input: $input) { username } }`, {
      input: { username, password: 'demo-pass', role, scope: role === 'ANALYST' ? '83' : '29119' },
    });
  }
  await admin.data(`mutation { deactivateUser(username: "fuzz.off0") { active } }`);
  const clients: Record<Role, ApiClient> = {
    admin,
    official: await new ApiClient(server.url).login('official'),
    analyst: await new ApiClient(server.url).login('analyst'),
    self: await new ApiClient(server.url).login('fuzz.self', 'demo-pass'),
  };
  const communes = (
    (await admin.data(`{ unit(code: "836") { children { code } } }`)).unit.children as Array<{ code: string }>
  ).map((c) => c.code);
  const hamlet = async (commune: string) => {
    const [h] = (
      await admin.data(
        `{ unit(code: "${commune}") { children { code progress(campaign: "DDDT-2023", asOf: "2023-11-15") { collected activated } } } }`,
      )
    ).unit.children;
    return {
      unit: h.code as string,
      collected: h.progress.collected as number,
      activated: h.progress.activated as number,
    };
  };
  const child = async (parent: string) => {
    const [c] = (
      await admin.data(`{ targets(campaign: "DDDT-2023", parent: "${parent}") { children { unit { code } target } } }`)
    ).targets.children;
    return { unit: c.unit.code as string, target: c.target as number };
  };
  ctx = {
    clients,
    communes: ['29119', ...communes.filter((c) => c !== '29119')],
    ownHamlet: await hamlet('29119'),
    otherHamlet: await hamlet('29122'),
    districtChild: await child('836'),
    communeChild: await child('29119'),
    exampleId: (await admin.data(`{ savedQueries(filter: EXAMPLES, first: 1) { nodes { id } } }`)).savedQueries.nodes[0]
      .id,
    savedIds: new Map(),
    selfPassword: 'demo-pass',
  };
  await createDirective(ctx, 0);
  await saveQuery(ctx, 'admin', 0);
  await saveQuery(ctx, 'analyst', 0);
  await saveQuery(ctx, 'analyst', 'delete');
  await admin.data(
    `mutation { createCampaign(input: { code: "FZ-U", name: "Chiến dịch thử", startDate: "2024-01-01", deadline: "2024-06-30", rootTarget: 1000 }) { code } }`,
  );
  schema = buildClientSchema(await admin.data<IntrospectionQuery>(getIntrospectionQuery()));
  changes = dbChangeCounter(server);
}, 60_000);
afterAll(async () => {
  changes?.close();
  await server?.stop();
});

function mutationNames(): string[] {
  return Object.keys(schema.getMutationType()!.getFields()).sort();
}

/** A hostile value that is valid input for its field (fuzz-cases.ts): run apart, must be stored. */
function isAccepted(fuzz: FuzzCase, variant: Variant): boolean {
  const accepted = fuzz.accepts?.[variant.path];
  return !!accepted && (accepted.kinds.includes(variant.kind) || !!accepted.blank?.includes(variant.kind));
}

/**
 * One request on its own connection (no keep-alive: a pooled socket the server has just closed
 * would fail the request for the wrong reason), read to the end even when the server answers
 * before the upload is over (413).
 */
function send(client: ApiClient, body: string): Promise<Answer> {
  const bytesSent = Buffer.byteLength(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${server.url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': bytesSent,
          ...(client.sessionCookie ? { cookie: client.sessionCookie } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            requestId: (res.headers['x-request-id'] as string | undefined) ?? null,
            bytesSent,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function healthy(): Promise<boolean> {
  const res = await fetch(`${server.url}/healthz`).catch(() => null);
  return res?.status === 200 && ((await res.json()) as { status: string }).status === 'ok';
}

interface Job {
  role: Role;
  variant: Variant;
}

/** Every refusal job: each role's valid call, spoiled one field at a time (accepted values aside). */
function refusalJobs(): Job[] {
  const jobs: Job[] = [];
  for (const mutation of mutationNames()) {
    const fuzz = CASES[mutation]!;
    for (const [role, baseline] of Object.entries(fuzz.as) as Array<[Role, NonNullable<FuzzCase['as'][Role]>]>) {
      // The admin gets every variant; an official or analyst every other one (their own calls, their own scope).
      variantsOf(schema, mutation, baseline(ctx, 0)).forEach((variant, i) => {
        if (!isAccepted(fuzz, variant) && (role === 'admin' || role === 'self' || i % 2 === 0))
          jobs.push({ role, variant });
      });
    }
  }
  return jobs;
}

/** Runs jobs PARALLEL at a time; after each BATCH, the server must be up and must have written nothing. */
async function runRefusals(
  jobs: Job[],
  problems: string[],
  more: (answer: Answer) => string[] = () => [],
): Promise<void> {
  let last = await snapshot(server);
  let version = await changes.read();
  for (let start = 0; start < jobs.length; start += BATCH) {
    const batch = jobs.slice(start, start + BATCH);
    for (let i = 0; i < batch.length; i += PARALLEL) {
      await Promise.all(
        batch.slice(i, i + PARALLEL).map(async ({ role, variant }) => {
          const answer = await send(ctx.clients[role], bodyOf(schema, variant));
          for (const p of [...refusalProblems(variant, answer), ...more(answer)])
            problems.push(`${role} ${variant.mutation} ${variant.path} ${variant.kind}: ${p}`);
        }),
      );
    }
    if (!(await healthy()))
      throw new Error(
        `the server is down after ${batch.map((j) => `${j.variant.mutation} ${j.variant.path} ${j.variant.kind}`).join('; ')}\n${server.output().slice(-2000)}`,
      );
    const now = await changes.read();
    if (now === version) continue;
    version = now;
    const after = await snapshot(server);
    const logins = batch.every((j) => j.variant.mutation === 'login');
    const changed = changedTables(last, after).filter((t) => !(logins && LOGIN_TABLES.includes(t)));
    if (changed.length > 0)
      problems.push(
        `written (${changed.join(', ')}) by one of: ${batch.map((j) => `${j.role} ${j.variant.mutation} ${j.variant.path} ${j.variant.kind}`).join('; ')}`,
      );
    last = after;
  }
}

describe('fuzzing every mutation', () => {
  it('has a valid call for every mutation of the schema', () => {
    const missing = mutationNames().filter((m) => !CASES[m]);
    expect(missing, 'add a valid call for these to tests/support/fuzz-cases.ts').toEqual([]);
    expect(
      Object.keys(CASES).filter((m) => !mutationNames().includes(m)),
      'cases for mutations that no longer exist',
    ).toEqual([]);
  });

  it("refuses every hostile variant with a user's code, bilingual, without leaks, writing nothing", async () => {
    const started = Date.now();
    const jobs = refusalJobs();
    const problems: string[] = [];
    // The consoles' own "anything changed?" token stays put too.
    const dataVersion = async () => (await ctx.clients.admin.data(`{ dataVersion }`)).dataVersion as string;
    const version = await dataVersion();
    await runRefusals(
      jobs.filter((j) => j.variant.mutation !== 'login'),
      problems,
    );
    expect(await dataVersion()).toBe(version);
    // Logins write their own failures (audit, throttling): they run last, in batches of their own.
    await runRefusals(
      jobs.filter((j) => j.variant.mutation === 'login'),
      problems,
    );
    console.log(
      `fuzz: ${jobs.length} hostile requests over ${new Set(jobs.map((j) => j.variant.mutation)).size} mutations in ${Date.now() - started} ms`,
    );
    expect(problems).toEqual([]);
  }, 120_000);

  it('refuses every mutation an analyst may not call, whatever its variables, with 403 and nothing run', async () => {
    // Their own session and password, and the mutations fuzz-cases.ts runs as an analyst.
    const allowed = new Set([
      'login',
      'logout',
      'changeMyPassword',
      ...Object.entries(CASES)
        .filter(([, c]) => c.as.analyst)
        .map(([m]) => m),
    ]);
    const jobs: Job[] = [];
    for (const mutation of mutationNames().filter((m) => !allowed.has(m) && CASES[m]!.as.admin)) {
      // The admin's valid call as it is, and a tenth of its hostile ones: the guard refuses before anything is read.
      const valid = CASES[mutation]!.as.admin!(ctx, 0);
      const variants = variantsOf(schema, mutation, valid).filter((_, i) => i % 10 === 0);
      for (const variant of [
        { ...variants[0]!, path: '(valid call)', kind: 'none', keys: [], variables: valid, value: null },
        ...variants,
      ])
        jobs.push({ role: 'analyst', variant });
    }
    const before = await snapshot(server);
    const problems: string[] = [];
    await runRefusals(jobs, problems, (answer) => {
      if (answer.bytesSent > ONE_MB) return [];
      const codes =
        (JSON.parse(answer.text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.map(
          (e) => e.extensions?.code,
        ) ?? [];
      return answer.status === 403 && codes.length > 0 && codes.every((c) => c === 'FORBIDDEN')
        ? []
        : [`HTTP ${answer.status} ${codes.join(',')}, not 403 FORBIDDEN`];
    });
    console.log(
      `fuzz: ${jobs.length} analyst requests over ${new Set(jobs.map((j) => j.variant.mutation)).size} mutations refused`,
    );
    expect(problems).toEqual([]);
    expect(changedTables(before, await snapshot(server))).toEqual([]);
  }, 60_000);

  it('stores each hostile value that is valid input exactly as sent', async () => {
    const problems: string[] = [];
    let n = 1;
    let values = 0;
    let calls = 0;
    // Mutations that store into the same tables run one after another (a value must appear in a new
    // row because of this call, not another's); the groups run side by side.
    await Promise.all(
      storageGroups().map(async (group) => {
        for (const mutation of group) {
          const fuzz = CASES[mutation]!;
          const role = fuzz.as.admin ? 'admin' : (Object.keys(fuzz.as)[0] as Role);
          const accepted = variantsOf(schema, mutation, fuzz.as[role]!(ctx, 0)).filter((v) => isAccepted(fuzz, v));
          values += accepted.length;
          for (const picks of acceptedCalls(accepted)) {
            calls++;
            const call = picks.every((v) => fuzz.reuse?.(v.path)) ? 0 : n++;
            if (call > 0) await fuzz.prepare?.(ctx, call);
            problems.push(...(await runAccepted(fuzz, role, call, picks)));
          }
        }
      }),
    );
    console.log(`fuzz: ${values} valid hostile values stored in ${calls} calls`);
    expect(problems).toEqual([]);
  }, 120_000);

  it("started from valid calls: each role's call succeeds as it is", async () => {
    const problems: string[] = [];
    let n = 1_000;
    for (const mutation of mutationNames()) {
      const fuzz = CASES[mutation]!;
      for (const [role, baseline] of Object.entries(fuzz.as) as Array<[Role, NonNullable<FuzzCase['as'][Role]>]>) {
        // The admin's on fresh things (each call changes something); the others' as fuzzed (n = 0), last.
        const call = role === 'admin' ? n++ : 0;
        if (call > 0) await fuzz.prepare?.(ctx, call);
        // A login sets the session cookie of the client that sends it: a client of its own.
        const client = mutation === 'login' ? new ApiClient(server.url) : ctx.clients[role];
        const res = await client.request(bodyQuery(mutation), baseline(ctx, call));
        if (res.errors) problems.push(`${role} ${mutation}: ${JSON.stringify(res.errors).slice(0, 300)}`);
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('is still up, and the process still runs', async () => {
    expect(await healthy()).toBe(true);
    expect(server.process.exitCode).toBeNull();
    expect(server.process.signalCode).toBeNull();
  });
});

/** The mutations with valid hostile values, grouped so that no two groups store into the same table. */
function storageGroups(): string[][] {
  const groups: Array<{ mutations: string[]; tables: Set<string> }> = [];
  for (const mutation of mutationNames()) {
    const accepts = CASES[mutation]!.accepts;
    if (!accepts) continue;
    const tables = new Set(
      Object.values(accepts).map((a) => (a.stored && 'table' in a.stored ? a.stored.table : `(${mutation})`)),
    );
    const joined = groups.filter((g) => [...tables].some((t) => g.tables.has(t)));
    const merged = {
      mutations: [...joined.flatMap((g) => g.mutations), mutation],
      tables: new Set([...tables, ...joined.flatMap((g) => [...g.tables])]),
    };
    groups.splice(0, groups.length, ...groups.filter((g) => !joined.includes(g)), merged);
  }
  return groups.map((g) => g.mutations);
}

/**
 * The calls that carry the valid hostile values: each field's values in turn, all fields at once
 * (call r gives every field its r-th value), so a mutation with many free-text fields needs as many
 * calls as its longest list, not fields × values. A list's own variants go alone.
 */
function acceptedCalls(accepted: Variant[]): Variant[][] {
  const lists = accepted.filter((v) => v.kind.startsWith('list:')).map((v) => [v]);
  const byPath = new Map<string, Variant[]>();
  for (const v of accepted.filter((v) => !v.kind.startsWith('list:')))
    byPath.set(v.path, [...(byPath.get(v.path) ?? []), v]);
  const rounds = Math.max(0, ...[...byPath.values()].map((vs) => vs.length));
  const combined = Array.from({ length: rounds }, (_, r) =>
    [...byPath.values()].filter((vs) => r < vs.length).map((vs) => vs[r]!),
  );
  return [...combined, ...lists];
}

/** Sends one call with these values; each must be accepted, and stored as sent (a new row holding it), a blank optional text as none. */
async function runAccepted(fuzz: FuzzCase, role: Role, call: number, picks: Variant[]): Promise<string[]> {
  const first = picks[0]!;
  const label = `${role} ${first.mutation} ${picks.map((v) => `${v.path}=${v.kind}`).join(', ')}`;
  const variables = picks.reduce((vars, v) => setAt(vars, v.keys, v.value), fuzz.as[role]!(ctx, call));
  const where = (v: Variant) => fuzz.accepts![v.path]!;
  const checked = picks.filter((v) => where(v).kinds.includes(v.kind) && where(v).stored);
  const count = (v: Variant) => {
    const stored = where(v).stored!;
    return 'table' in stored
      ? storedCount(server, stored.table, stored.column, v.value as string, stored.json)
      : Promise.resolve(0);
  };
  // A blank optional text means none: the blank as sent must not land in its column.
  const blanks = picks.filter(
    (v) =>
      where(v).blank?.includes(v.kind) && where(v).none !== undefined && v.value !== where(v).none && where(v).stored,
  );
  const before = await Promise.all(checked.map(count));
  const blanksBefore = await Promise.all(blanks.map(count));
  const answer = await send(ctx.clients[role], bodyOf(schema, { ...first, variables, rawBody: undefined }));
  const body = JSON.parse(answer.text) as { errors?: unknown[] };
  if (answer.status !== 200 || body.errors)
    return [`${label}: refused, yet listed as valid in fuzz-cases.ts: ${answer.text.slice(0, 400)}`];
  const problems: string[] = [];
  for (const [i, v] of checked.entries()) {
    const stored = where(v).stored!;
    if ('login' in stored) {
      const login = await new ApiClient(server.url).request(
        `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username } }`,
        { u: stored.login(ctx, call), p: v.value },
      );
      if (login.errors) problems.push(`${label}: cannot log in with the password ${v.kind} just set`);
      if (v.mutation === 'changeMyPassword') ctx.selfPassword = v.value as string;
    } else if ((await count(v)) <= before[i]!) {
      problems.push(`${label}: ${v.kind} not written as sent into ${stored.table}.${stored.column}`);
    }
  }
  for (const [i, v] of blanks.entries()) {
    if ((await count(v)) > blanksBefore[i]!)
      problems.push(`${label}: ${v.kind} stored as sent, not as none, into ${JSON.stringify(where(v).stored)}`);
  }
  return problems;
}

function bodyQuery(mutation: string): string {
  return mutationDocument(schema.getMutationType()!.getFields()[mutation]!);
}
