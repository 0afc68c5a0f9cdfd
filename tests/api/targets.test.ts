import { describe, expect, it } from 'vitest';
import { dbFingerprint } from '../support/db';
import { type ApiClient, errorCodes } from '../support/graphql';
import { useServer } from '../support/use-server';

const { server, admin, official } = useServer({ logins: ['admin', 'official'] });

const TARGETS = `query ($parent: String!) { targets(campaign: "DDDT-2023", parent: $parent) {
  parent { code } version target allocated unallocated canEdit children { unit { code name } target population } } }`;
const ASSIGN = `mutation ($input: AssignTargetsInput!) { assignTargets(input: $input) { version changed split { target allocated unallocated children { unit { code } target } } } }`;

interface Split {
  version: string;
  target: number;
  allocated: number;
  unallocated: number;
  canEdit: boolean;
  children: Array<{ unit: { code: string; name: string }; target: number; population: number | null }>;
}

async function split(client: ApiClient, parent: string): Promise<Split> {
  return (await client.data(TARGETS, { parent })).targets;
}

function assign(
  client: ApiClient,
  parent: string,
  targets: Array<{ unit: string; target: number }>,
  expectedVersion?: string,
  reason?: string,
) {
  return client.request(ASSIGN, { input: { campaign: 'DDDT-2023', parent, targets, expectedVersion, reason } });
}

describe('reading a split', () => {
  it("answers the contract query with the seed's targets, which add up exactly", async () => {
    const batri = await split(admin, '836');
    expect(batri.version).toBe('0');
    expect(batri.canEdit).toBe(true);
    expect(batri.children.length).toBeGreaterThan(10);
    expect(batri.allocated).toBe(batri.children.reduce((a, c) => a + c.target, 0));
    expect(batri.unallocated).toBe(0);
    expect(batri.allocated).toBe(batri.target);
    const province = await split(admin, '83');
    expect(province.target).toBe(930_767);
    expect(province.children.map((c) => c.unit.code)).toContain('836');
    expect(province.children.find((c) => c.unit.code === '836')?.target).toBe(batri.target);
  });

  it("lets an official read their commune's split and edit it, but not the district's", async () => {
    const commune = await split(official, '29119');
    expect(commune.canEdit).toBe(true);
    expect(commune.children.every((c) => c.population !== null)).toBe(true);
    expect(errorCodes(await official.request(TARGETS, { parent: '836' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await admin.request(TARGETS, { parent: 'nope' }))).toEqual(['NOT_FOUND']);
  });
});

describe('saving a split', () => {
  it('saves the children given, keeps the others, moves the version and audits each change', async () => {
    const before = await split(admin, '836');
    const [a, b, c] = before.children;
    const res = await assign(
      admin,
      '836',
      [
        { unit: a!.unit.code, target: a!.target + 10 },
        { unit: b!.unit.code, target: b!.target - 4 },
      ],
      before.version,
      'Điều chỉnh theo dân số mới',
    );
    expect(res.errors).toBeUndefined();
    const saved = res.data!.assignTargets;
    expect(saved.version).toBe('1');
    expect(saved.changed).toBe(2);
    expect(saved.split.allocated).toBe(before.allocated + 6);
    expect(saved.split.unallocated).toBe(-6);
    expect(saved.split.children.find((x: any) => x.unit.code === c!.unit.code).target).toBe(c!.target);

    const events = (
      await admin.data(
        `{ auditEvents(unit: "836", action: "target", first: 5) { nodes { action user unit { code } field oldValue newValue reason } } }`,
      )
    ).auditEvents.nodes;
    expect(events).toContainEqual({
      action: 'target.set',
      user: 'admin',
      unit: { code: a!.unit.code },
      field: 'target',
      oldValue: String(a!.target),
      newValue: String(a!.target + 10),
      reason: 'Điều chỉnh theo dân số mới',
    });

    // Saving the same values again changes nothing and keeps the version.
    const again = await assign(admin, '836', [{ unit: a!.unit.code, target: a!.target + 10 }], '1');
    expect(again.data?.assignTargets).toMatchObject({ version: '1', changed: 0 });
  });

  it('refuses a stale version with CONFLICT, saying what changed, and writes nothing', async () => {
    const loaded = await split(admin, '831');
    const [a, b] = loaded.children;
    const first = await assign(admin, '831', [{ unit: a!.unit.code, target: a!.target + 1 }], loaded.version);
    expect(first.errors).toBeUndefined();
    const before = await dbFingerprint(server);
    const stale = await assign(admin, '831', [{ unit: b!.unit.code, target: 1 }], loaded.version);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const ext = stale.errors![0]!.extensions!;
    expect(ext.currentVersion).toBe(first.data!.assignTargets.version);
    expect(ext.changes).toEqual([
      expect.objectContaining({ unit: a!.unit.code, oldTarget: a!.target, newTarget: a!.target + 1, by: 'admin' }),
    ]);
    expect(stale.errors![0]!.message).toMatch(/nothing was saved/);
    expect(await dbFingerprint(server)).toBe(before);
    // Without expectedVersion the last save wins.
    expect((await assign(admin, '831', [{ unit: b!.unit.code, target: b!.target }])).errors).toBeUndefined();
  });

  it("moves a child's own editor version when the level above changes its target", async () => {
    const commune = await split(admin, '29122');
    const batri = await split(admin, '836');
    expect(
      (await assign(admin, '836', [{ unit: '29122', target: commune.target + 100 }], batri.version)).errors,
    ).toBeUndefined();
    const stale = await assign(admin, '29122', [{ unit: commune.children[0]!.unit.code, target: 5 }], commune.version);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.extensions!.changes).toEqual([
      expect.objectContaining({ unit: '29122', oldTarget: commune.target, newTarget: commune.target + 100 }),
    ]);
    const now = await split(admin, '29122');
    expect(now.target).toBe(commune.target + 100);
    expect(now.unallocated).toBe(100);
  });

  it('names every bad cell and writes nothing', async () => {
    const before = await dbFingerprint(server);
    const res = await assign(admin, '836', [
      { unit: '29119', target: -1 },
      { unit: '29119', target: 5 },
      { unit: '83', target: 1 },
      { unit: '29122', target: 2.5 as number },
    ]);
    // 2.5 is not an Int: GraphQL refuses the variables before anything runs.
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    const res2 = await assign(admin, '836', [
      { unit: '29119', target: -1 },
      { unit: '29119', target: 5 },
      { unit: '83', target: 1 },
    ]);
    expect(errorCodes(res2)).toEqual(['BAD_USER_INPUT']);
    const fields = res2.errors![0]!.extensions!.fields as Array<{ unit: string; field: string; messageEn: string }>;
    expect(fields.map((f) => `${f.unit}.${f.field}`)).toEqual(['29119.target', '29119.unit', '83.unit']);
    expect(fields[0]!.messageEn).toMatch(/whole number/);
    expect(errorCodes(await assign(admin, '836', [{ unit: '29119', target: 5 }], 'v7'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await assign(admin, '2911901', [{ unit: '29119', target: 5 }]))).toEqual(['FORBIDDEN']);
    expect(await dbFingerprint(server)).toBe(before);
  });

  it('lets an official split their commune over its hamlets', async () => {
    const commune = await split(official, '29119');
    const [h1, h2] = commune.children;
    const res = await assign(
      official,
      '29119',
      [
        { unit: h1!.unit.code, target: h1!.target + 3 },
        { unit: h2!.unit.code, target: h2!.target - 3 },
      ],
      commune.version,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.assignTargets.split.unallocated).toBe(commune.unallocated);
  });
});

describe('split helpers and problems', () => {
  it('previews equal, population and current-target splits that sum exactly to the total', async () => {
    for (const method of ['EQUAL', 'POPULATION', 'CURRENT']) {
      const preview = (
        await admin.data(
          `{ previewSplit(campaign: "DDDT-2023", parent: "835", method: ${method}) { method total version children { unit { code } current proposed population } } }`,
        )
      ).previewSplit;
      expect(preview.method).toBe(method);
      expect(preview.children.reduce((a: number, c: any) => a + c.proposed, 0)).toBe(preview.total);
    }
    const custom = (
      await admin.data(
        `{ previewSplit(campaign: "DDDT-2023", parent: "29119", method: EQUAL, total: 1001) { total children { proposed } } }`,
      )
    ).previewSplit;
    expect(custom.total).toBe(1001);
    expect(custom.children.map((c: any) => c.proposed)).toEqual([101, 100, 100, 100, 100, 100, 100, 100, 100, 100]);
  });

  it('lists parents whose children do not add up, and drops them once fixed', async () => {
    const loaded = await split(admin, '834');
    const [a] = loaded.children;
    await assign(admin, '834', [{ unit: a!.unit.code, target: a!.target + 7 }], loaded.version);
    const PROBLEMS = `{ targetProblems(campaign: "DDDT-2023", under: "834") { totalCount nodes { unit { code } target allocated unallocated childCount } } }`;
    const problems = (await admin.data(PROBLEMS)).targetProblems;
    expect(problems.nodes).toContainEqual(
      expect.objectContaining({ unit: { code: '834' }, unallocated: -7, childCount: loaded.children.length }),
    );
    expect(problems.nodes).toContainEqual(expect.objectContaining({ unit: { code: a!.unit.code }, unallocated: 7 }));
    await assign(admin, '834', [{ unit: a!.unit.code, target: a!.target }]);
    expect((await admin.data(PROBLEMS)).targetProblems.totalCount).toBe(0);
    // An official's problems panel stops at their commune.
    const mine = (await official.data(`{ targetProblems(campaign: "DDDT-2023") { nodes { unit { code } } } }`))
      .targetProblems.nodes;
    expect(mine.every((n: any) => n.unit.code.startsWith('29119'))).toBe(true);
  });
});
