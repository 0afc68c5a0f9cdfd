import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { clientOperations } from '../support/client-operations';
import { dbValue } from '../support/db';
import { ApiClient, errorCodes } from '../support/graphql';
import { useServer } from '../support/use-server';
import { serverLimits } from '../support/server-dist';

const { server, analyst, official } = useServer({ logins: ['analyst', 'official'] });

const auditCount = () => dbValue(server, 'SELECT COUNT(*) AS n FROM audit_event');

describe('queries over a limit get HTTP 400 and say which limit, by how much, in both languages', () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      'DEPTH',
      `{ unit(code: "83") { ${'parent { '.repeat(12)}code${' }'.repeat(12)} } }`,
      /^Độ sâu truy vấn 14 vượt giới hạn 10\. \/ Query depth 14 exceeds the limit of 10\.$/,
    ],
    [
      'ALIASES',
      `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: today`).join(' ')} }`,
      /40 bí danh.*vượt giới hạn 30.*40 aliases, over the limit of 30/,
    ],
    [
      'DIRECTIVES',
      `{ ${Array.from({ length: 25 }, () => 'today @include(if: true)').join(' ')} }`,
      /25 chỉ thị GraphQL.*25 GraphQL directives, over the limit of 20/,
    ],
    [
      'COST',
      '{ units(first: 100) { nodes { children { children { code name } } } } }',
      /^Chi phí ước tính của truy vấn [\d.]+ vượt giới hạn 8\.000.*Estimated query cost [\d,]+ exceeds the limit of 8,000/,
    ],
    // A ranking costs the units it reads: the province's 1,173 hamlets, twice each.
    [
      'COST',
      `{ ${[1, 2, 3, 4].map((d) => `r${d}: ranking(campaign: "DDDT-2023", level: HAMLET, asOf: "2023-11-0${d}") { totalCount }`).join(' ')} }`,
      /Estimated query cost 9,38\d exceeds/,
    ],
    [
      'INTROSPECTION_DEPTH',
      `{ __schema { types { ${'fields { type { ofType { '.repeat(7)}name${' } } }'.repeat(7)} } } }`,
      /Độ sâu truy vấn lược đồ \(introspection\) \d+ vượt giới hạn 20/,
    ],
  ];
  for (const [limit, query, message] of cases) {
    it(`${limit}: ${query.slice(0, 60)}…`, async () => {
      const res = await analyst.request(query);
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      expect(new Set(errorCodes(res))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
      // (graphql-js's own rule may add "Maximum introspection depth exceeded" beside ours.)
      const error = res.errors?.find((e) => e.extensions?.limit === limit);
      expect(error?.message).toMatch(message);
      expect(error?.extensions).toMatchObject({ messageVi: expect.any(String), messageEn: expect.any(String) });
      expect((error?.extensions?.actual as number) > (error?.extensions?.max as number)).toBe(true);
    });
  }

  it('TOKENS: the parser stops an over-long query cleanly (400, not 500) and the message counts it', async () => {
    const res = await analyst.request(`{ ${'today '.repeat(3000)}}`);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(res.errors?.[0]?.message).toBe(
      'Truy vấn có 3.002 token, vượt giới hạn 2.000. / The query has 3,002 tokens, over the limit of 2,000.',
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ limit: 'TOKENS', actual: 3002, max: 2000 });
    // A broken query of any length is still a plain parse error, not a 500.
    const broken = await analyst.request(`{ ${'today '.repeat(5000)} "unterminated`);
    expect(broken.status).toBe(400);
    expect(errorCodes(broken)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('a fragment bomb is refused at once', async () => {
    const levels = 30;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'a: today'} }`,
    ).join('\n');
    const started = Date.now();
    const res = await analyst.request(`{ ...F0 } ${fragments}`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.limit).toBe('ALIASES');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('many login fields in one request are refused, before any password is checked', async () => {
    const before = await auditCount();
    const logins = Array.from(
      { length: 20 },
      (_, i) => `l${i}: login(username: "admin", password: "guess${i}") { username }`,
    ).join(' ');
    const res = await new ApiClient(server.url).request(`mutation { ${logins} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ limit: 'ONCE_PER_REQUEST', actual: 20 });
    expect(await auditCount()).toBe(before); // not one failed login was even tried
  });

  it('lets through the standard introspection query an editor sends', async () => {
    const res = await analyst.request(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
    );
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });

  it('lets through every query and mutation the console sends', async () => {
    const { check } = await serverLimits();
    const admin = await new ApiClient(server.url).login('admin');
    const operations = clientOperations();
    expect(operations.length).toBeGreaterThan(5);
    for (const { file, text } of operations) {
      if (/^\s*mutation/.test(text)) {
        // Not run (they would change the demo): checked as the server would, every subtree at its largest.
        const { errors, cost } = check(text, { first: 100 });
        expect(
          errors.map((e) => e.message),
          `${file} (cost ${cost})`,
        ).toEqual([]);
        continue;
      }
      // Run as the province's admin, with the widest variables the console sends: only the limits are judged here.
      const res = await admin.request(text, sampleVariables(text, file));
      expect(res.errors?.filter((e) => e.extensions?.limit).map((e) => e.message) ?? [], file).toEqual([]);
    }
  });
});

/** The variables a console operation declares, with the widest values the console uses. */
function sampleVariables(text: string, file: string): Record<string, unknown> {
  const samples: Record<string, unknown> = {
    code: '83',
    parent: '83',
    campaign: 'DDDT-2023',
    asOf: '2023-11-15',
    date: '2023-11-15',
    to: '2023-11-15',
    today: '2023-11-15',
    dayBefore: '2023-11-14',
    from: '2023-11-08',
    search: 'ba tri',
    first: 100,
    username: 'admin',
    unit: '83',
    c: 'DDDT-2023',
    id: '1',
    number: '7027/UBND-KSTT',
    directive: '7027/UBND-KSTT',
    issuer: '83',
    task: 2,
    offset: 0,
    figures: true,
    hamlets: false,
  };
  // Operations the console sends only for a commune.
  const forCommune = /query (ReportSheet)\b/.test(text);
  if (forCommune) Object.assign(samples, { code: '29119', parent: '29119' });
  const variables: Record<string, unknown> = {};
  for (const [, name, type] of text.matchAll(/\$(\w+)\s*:\s*([\w![\]]+)/g)) {
    if (name! in samples) variables[name!] = samples[name!];
    else if (type!.endsWith('!')) throw new Error(`${file}: give $${name} a sample value in sampleVariables()`);
  }
  return variables;
}

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
type IntrospectedType = {
  kind: string;
  name: string;
  enumValues?: Array<{ name: string }> | null;
  inputFields?: Array<{ name: string; type: TypeRef; defaultValue: string | null }> | null;
};

function typeText(ref: TypeRef): string {
  if (ref.kind === 'NON_NULL') return `${typeText(ref.ofType!)}!`;
  if (ref.kind === 'LIST') return `[${typeText(ref.ofType!)}]`;
  return ref.name!;
}

/** A plausible value of a type: what a client would send (the test fails loudly if it ever runs). */
function sample(ref: TypeRef, types: Map<string, IntrospectedType>, depth = 0): unknown {
  if (ref.kind === 'NON_NULL') return sample(ref.ofType!, types, depth);
  if (ref.kind === 'LIST') return [sample(ref.ofType!, types, depth)];
  const type = types.get(ref.name!)!;
  if (type.kind === 'ENUM') return type.enumValues![0]!.name;
  if (type.kind === 'INPUT_OBJECT') {
    if (depth > 4) return {};
    return Object.fromEntries(
      type
        .inputFields!.filter((f) => f.type.kind === 'NON_NULL')
        .map((f) => [f.name, sample(f.type, types, depth + 1)]),
    );
  }
  return (
    ({ Int: 1, Float: 1, Boolean: true, ID: '1', Date: '2023-11-15' } as Record<string, unknown>)[type.name] ??
    'DDDT-2023'
  );
}

const PROGRESS =
  'progress(campaign: "DDDT-2023") { target collected activated collectedRate activatedRate percentDone state }';

type CostExtension = { estimated: number; limit: number };
const costOfResponse = (res: { extensions?: Record<string, unknown> }) =>
  res.extensions?.cost as CostExtension | undefined;

describe('the cost estimate prices what a query really reads', () => {
  it("the province, its districts with progress and their communes' codes (167 units, 10 progress reads) runs", async () => {
    const res = await analyst.request(
      `{ unit(code: "83") { code name ${PROGRESS} children { code name ${PROGRESS} children { code } } } }`,
    );
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect((res.data as any).unit.children.flatMap((d: any) => d.children)).toHaveLength(157);
    expect(costOfResponse(res)).toEqual({ estimated: expect.any(Number), limit: 8000 });
    expect(costOfResponse(res)!.estimated).toBeLessThan(1000);
  });

  it('the province → districts → communes with progress on the communes runs', async () => {
    const res = await analyst.request(
      `{ unit(code: "83") { code name children { code name children { code name ${PROGRESS} } } } }`,
    );
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(costOfResponse(res)!.estimated).toBeLessThan(8000);
  });

  it('the largest district → communes → hamlets with progress at every level runs', async () => {
    const district = await dbValue<string>(
      server,
      "SELECT code FROM unit WHERE level = 'DISTRICT' ORDER BY hamlet_count DESC LIMIT 1",
    );
    const hamlets = await dbValue(server, 'SELECT hamlet_count FROM unit WHERE code = ?', district);
    const res = await analyst.request(
      `{ unit(code: "${district}") { code ${PROGRESS} children { code name ${PROGRESS} children { code name ${PROGRESS} } } } }`,
    );
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect((res.data as any).unit.children.flatMap((c: any) => c.children)).toHaveLength(hamlets);
    expect(costOfResponse(res)!.estimated).toBeLessThan(8000);
  });

  it('still refuses what really reads a lot: every hamlet of the province with its progress', async () => {
    const res = await analyst.request(
      `{ unit(code: "83") { children { children { children { code ${PROGRESS} } } } } }`,
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ limit: 'COST', max: 8000 });
    expect(costOfResponse(res)).toEqual({ estimated: res.errors?.[0]?.extensions?.actual, limit: 8000 });
  });

  it('says the estimate in the extensions of every answer, a cheap one and one with an error', async () => {
    expect(costOfResponse(await analyst.request('{ today }'))).toEqual({ estimated: 1, limit: 8000 });
    const missing = await analyst.request('{ unit(code: "nope") { code } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(costOfResponse(missing)).toEqual({ estimated: 2, limit: 8000 });
  });

  it("counts no subtree outside the viewer's scope: the estimate tells an official nothing about it", async () => {
    const query = (code: string) => `{ unit(code: "${code}") { children { children { code } } } }`;
    const above = costOfResponse(await official.request(query('83')));
    const none = costOfResponse(await official.request(query('nope')));
    expect(above).toEqual(none);
    const own = costOfResponse(await official.request(`{ unit(code: "29119") { children { code } } }`));
    const hamlets = await dbValue(
      server,
      "SELECT COUNT(*) AS n FROM unit u JOIN unit p ON u.parent_id = p.id WHERE p.code = '29119'",
    );
    expect(own!.estimated).toBe(1 + 1 + hamlets * 2); // unit, children, and each hamlet read and its code
  });
});

describe('an analyst changes nothing', () => {
  it('every mutation of the schema but their own session, password and queries is FORBIDDEN before it runs', async () => {
    const schema = (await analyst.data(getIntrospectionQuery())).__schema as {
      mutationType: { name: string };
      types: Array<
        IntrospectedType & {
          fields?: Array<{ name: string; args: Array<{ name: string; type: TypeRef }>; type: TypeRef }> | null;
        }
      >;
    };
    const types = new Map(schema.types.map((t) => [t.name, t]));
    const mutations = types.get(schema.mutationType.name)!.fields!;
    const allowed = new Set([
      'login',
      'logout',
      'changeMyPassword',
      'saveQuery',
      'updateSavedQuery',
      'deleteSavedQuery',
      'copySavedQuery',
      'clearQueryHistory',
    ]);
    const refused = mutations.filter((m) => !allowed.has(m.name));
    expect(refused.map((m) => m.name)).toEqual(expect.arrayContaining(['recordTallies']));
    const before = await auditCount();
    for (const mutation of refused) {
      const args = mutation.args.filter((a) => a.type.kind === 'NON_NULL');
      const declarations = args.map((a, i) => `$v${i}: ${typeText(a.type)}`).join(', ');
      const call = args.length ? `(${args.map((a, i) => `${a.name}: $v${i}`).join(', ')})` : '';
      const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);
      const selection = ['OBJECT', 'INTERFACE', 'UNION'].includes(types.get(named(mutation.type).name!)!.kind)
        ? ' { __typename }'
        : '';
      const variables = Object.fromEntries(args.map((a, i) => [`v${i}`, sample(a.type, types)]));
      const res = await analyst.request(
        `mutation${declarations ? ` (${declarations})` : ''} { ${mutation.name}${call}${selection} }`,
        variables,
      );
      expect(res.status, mutation.name).toBe(403);
      expect(errorCodes(res), mutation.name).toEqual(['FORBIDDEN']);
      expect(res.errors?.[0]?.message, mutation.name).toContain(mutation.name);
      expect(res.data, mutation.name).toBeUndefined();
    }
    expect(await auditCount()).toBe(before);
  });

  it('an allowed mutation beside a refused one does not run either', async () => {
    const res = await analyst.request(
      `mutation { saveQuery(input: { name: "sneaky", query: "{ today }" }) { id } logout }`,
    );
    expect(res.status).toBe(200); // both allowed: this one runs
    const again = await analyst.login('analyst');
    const mixed = await again.request(
      `mutation { saveQuery(input: { name: "never saved", query: "{ today }" }) { id } recordTallies(input: { campaign: "DDDT-2023", reports: [] }) { saved } }`,
    );
    expect(mixed.status).toBe(403);
    const saved = await again.data(`{ savedQueries(filter: MINE, search: "never saved") { totalCount } }`);
    expect(saved.savedQueries.totalCount).toBe(0);
  });
});
