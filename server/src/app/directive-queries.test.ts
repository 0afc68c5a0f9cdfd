import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphql, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Context, Services } from './context';
import { createLoaders } from './loaders';
import { buildAppSchema } from './schema';
import { createServices } from './services';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { SYSTEM_ACTOR } from '../modules/audit/audit.service';
import { buildBenTreStory } from '../seed/ben-tre-story';
import { loadOfficialUnitsIfEmpty } from '../seed/official-units';
import { seedDirective7027 } from '../seed/seed-directive-7027';

// How many SQL statements the directive queries cost. The tree, the campaign, its targets and
// Công văn 7027 are enough (tallies change the figures, not the number of statements).
let dir: string;
let dataSource: DataSource;
let services: Services;
let schema: GraphQLSchema;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-directives-'));
  dataSource = await openDatabase({ kind: 'sqlite', file: path.join(dir, 'db.sqlite') });
  services = createServices(dataSource, { ...loadConfig({}), todayOverride: '2023-11-15' });
  await loadOfficialUnitsIfEmpty(services);
  const story = buildBenTreStory();
  await services.sql.tx(async () => {
    const root = (await services.units.byCode('83'))!;
    const { rootTarget, rootUnitCode: _root, ...fields } = story.campaign;
    const campaign = await services.campaigns.insert({ ...fields, rootUnitId: root.id });
    const units = new Map(
      (await services.units.byCodes(story.targets.map((t) => t.unitCode))).map((u) => [u.code, u.id]),
    );
    await services.targets.setMany(campaign.id, [
      { unitId: root.id, target: rootTarget },
      ...story.targets
        .filter((t) => units.has(t.unitCode))
        .map((t) => ({ unitId: units.get(t.unitCode)!, target: t.target })),
    ]);
    await seedDirective7027(services, SYSTEM_ACTOR, '2023-11-15');
  });
  // Campaigns and agencies are cached once read outside a transaction, as a running server has them.
  await services.campaigns.all();
  await services.directives.agencies.all();
  schema = await buildAppSchema();
}, 60_000);

afterAll(async () => {
  await dataSource?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs a query as the province admin and counts the statements it ran. */
async function run(source: string): Promise<{ data: any; statements: number }> {
  const root = (await services.units.byCode('83'))!;
  const context: Context = {
    services,
    requestId: 'test',
    loaders: createLoaders(services),
    req: {} as Context['req'],
    res: {} as Context['res'],
    viewer: { userId: 1, username: 'admin', role: 'ADMIN', scopeUnitId: root.id, scopePath: root.path, sessionId: 1 },
  };
  const spies = (['all', 'get', 'run'] as const).map((m) => vi.spyOn(services.sql, m));
  const result = await graphql({ schema, source, contextValue: context });
  const statements = spies.reduce((n, s) => n + s.mock.calls.length, 0);
  spies.forEach((s) => s.mockRestore());
  expect(result.errors).toBeUndefined();
  return { data: result.data, statements };
}

describe('directive queries are batched, not N+1', () => {
  it('reads all 339 lines of 7027 with their states in a handful of statements', async () => {
    const { data, statements } =
      await run(`{ directive(number: "7027/UBND-KSTT", issuer: "83") { number title issuedBy { name }
      tasks(asOf: "2023-11-14") { title kind deadline state percentDone assignments { assignee { name code } state percentDone } } } }`);
    expect(data.directive.tasks.map((t: any) => t.assignments.length)).toEqual([169, 166, 2, 1, 1]);
    expect(statements).toBeLessThanOrEqual(12);
  });

  it('costs the same for one page of 20 lines as for all 166, and for progress of each line', async () => {
    const page = await run(
      `{ directive(number: "7027/UBND-KSTT") { lines(asOf: "2023-11-14", task: 2, first: 20) { nodes { assignee { code } state } } } }`,
    );
    const all = await run(
      `{ directive(number: "7027/UBND-KSTT") { tasks(asOf: "2023-11-14") { assignments { state percentDone progress { target collectedRate activatedRate } unit { code } } } } }`,
    );
    expect(all.statements).toBeLessThanOrEqual(12);
    expect(page.statements).toBeLessThanOrEqual(all.statements);
  });

  it('lists directives with their state and nearest deadline in a fixed number of statements', async () => {
    const { data, statements } = await run(
      `{ directives(asOf: "2023-12-16") { totalCount nodes { number state nearestDeadline } } }`,
    );
    expect(data.directives.nodes).toEqual([
      { number: '7027/UBND-KSTT', state: 'OVERDUE', nearestDeadline: '2023-12-15' },
    ]);
    expect(statements).toBeLessThanOrEqual(12);
  });
});
