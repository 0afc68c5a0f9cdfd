import { groupBy } from './group-by';
import type { Services } from '../app/context';
import { SYSTEM_ACTOR } from '../modules/audit/audit.service';
import { hashPassword } from '../modules/access/password';
import type { Role } from '@chitieu/shared';
import { buildBenTreStory, type Story } from './ben-tre-story';
import { seedDirective7027 } from './seed-directive-7027';
import { seedExampleQueries } from './example-queries';

export const DEMO_PASSWORD = 'demo';
export const DEMO_ACCOUNTS: ReadonlyArray<{ username: string; role: Role; scopeCode: string; scopeLabel: string }> = [
  { username: 'admin', role: 'ADMIN', scopeCode: '83', scopeLabel: 'Tỉnh Bến Tre (83)' },
  { username: 'official', role: 'OFFICIAL', scopeCode: '29119', scopeLabel: 'Xã Tân Xuân (29119), Huyện Ba Tri' },
  { username: 'analyst', role: 'ANALYST', scopeCode: '83', scopeLabel: 'Tỉnh Bến Tre (83)' },
];

export interface SeedSummary {
  units: number;
  reports: number;
  ms: number;
}

/**
 * Seeds the Bến Tre demo (DESIGN.md, "The reference story") into an empty database: the tree, the
 * DDDT-2023 campaign and its targets, 75 days of hamlet reports written through the same tally
 * service the API uses (one call per day, roll-ups and audit included), the business clock at
 * 15-11-2023 and the demo accounts. All in one transaction: a crash mid-seed leaves an empty
 * database, seeded again at the next start. Does nothing when the database has units.
 */
export async function seedDemoIfEmpty(
  services: Services,
  story: Story = buildBenTreStory(),
): Promise<SeedSummary | null> {
  if (await services.sql.get(`SELECT 1 FROM unit LIMIT 1`)) return null;
  const started = Date.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const actor = { ...SYSTEM_ACTOR, username: 'seed' };

  await services.sql.tx(async () => {
    const units = await services.units.insertMany(story.units);
    const root = units.get(story.campaign.rootUnitCode)!;
    const { rootTarget, rootUnitCode: _root, ...fields } = story.campaign;
    const campaign = await services.campaigns.insert({ ...fields, rootUnitId: root.id });
    await services.targets.setMany(campaign.id, [
      { unitId: root.id, target: rootTarget },
      ...story.targets.map((t) => ({ unitId: units.get(t.unitCode)!.id, target: t.target })),
    ]);
    for (const [date, reports] of groupBy(story.reports, (r) => r.date)) {
      await services.tallies.record({
        campaign,
        date,
        actor,
        scopePath: root.path,
        today: story.today,
        earliestDate: campaign.startDate,
        reports: reports.map((r) => ({ unit: r.unitCode, collected: r.collected, activated: r.activated })),
      });
    }
    await services.clock.setStoredToday(story.today);
    await seedDirective7027(services, actor, story.today);
    for (const account of DEMO_ACCOUNTS) await services.access.insertUser({ ...account, passwordHash }, actor);
    await seedExampleQueries(services, root.id);
  });
  return { units: story.units.length, reports: story.reports.length, ms: Date.now() - started };
}
