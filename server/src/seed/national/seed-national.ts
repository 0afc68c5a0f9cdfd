import type { Role } from '@chitieu/shared';
import type { Services } from '../../app/context';
import { SYSTEM_ACTOR } from '../../modules/audit/audit.service';
import { hashPassword } from '../../modules/access/password';
import { CAMPAIGN_START, buildNationalStory } from './national-story';
import { buildNationalTree, type NationalTree } from './national-tree';
import { loadVietnamData } from './vietnam-data';
import { writeReports, writeRollups, writeTargets, writeUnits, type Progress } from './national-write';
import { sqliteWriter } from '../../db/sqlite-db';
import { postgresLoader, sqliteLoader, type BulkLoader } from './bulk-load';
import { emptyPostgres, vacuumPostgres, withoutForeignKeys } from './postgres-load';

/**
 * The national seed: the whole country's tree from GSO's list under one COUNTRY root, synthetic
 * hamlets, the DDDT-VN-2023 campaign with targets down to every hamlet, days of daily cumulative
 * reports and their roll-ups, three accounts and one audit event. Into an empty database, SQLite
 * or PostgreSQL, with the same rows on both.
 */

export const NATIONAL_CAMPAIGN_CODE = 'DDDT-VN-2023';
export const NATIONAL_PASSWORD = 'demo';

export interface NationalSeedOptions {
  /** The first N provinces by GSO code, or these codes; null for all 63. */
  provinces: number | readonly string[] | null;
  hamletsPerCommune: number;
  days: number;
  /**
   * PostgreSQL only: empty every table first, in the seed's own transaction, so that a failed run
   * leaves the database as it was. (On SQLite the command builds a new file beside the old one.)
   */
  replace?: boolean;
}

export interface NationalAccount {
  username: string;
  role: Role;
  scopeCode: string;
  scopeLabel: string;
}

export interface NationalSeedResult {
  campaignCode: string;
  today: string;
  counts: Record<'provinces' | 'districts' | 'communes' | 'hamlets' | 'reports' | 'rollups' | 'targets', number>;
  islands: Array<{ code: string; name: string }>;
  accounts: NationalAccount[];
}

export type Stage = 'tree' | 'story' | 'units' | 'targets' | 'reports' | 'rollups' | 'accounts' | 'analyze';
/** Called when a stage starts; returns what that stage calls as it goes. */
export type StageReporter = (stage: Stage) => Progress;

function describeCampaign(tree: NationalTree): string {
  const islands = tree.islands.map((d) => d.name).join(', ');
  return (
    'Dữ liệu mẫu toàn quốc: 63 tỉnh, thành phố theo Danh mục hành chính Việt Nam (Tổng cục Thống kê); ' +
    'ấp, khu phố, dân số, chỉ tiêu và số liệu đều là dữ liệu giả lập. ' +
    `Huyện đảo không có đơn vị cấp xã (${islands || 'không có trong bản này'}) có chỉ tiêu 0 và không có ấp. / ` +
    "National sample data: GSO's list of units; hamlets, people, targets and tallies are synthetic. " +
    'Island districts without communes have target 0 and no hamlets.'
  );
}

function accountsFor(tree: NationalTree): NationalAccount[] {
  const root = tree.levels[0][0]!;
  const commune = tree.levels[3][0];
  const accounts: NationalAccount[] = [
    { username: 'admin', role: 'ADMIN', scopeCode: root.code, scopeLabel: `${root.name} (${root.code})` },
    { username: 'analyst', role: 'ANALYST', scopeCode: root.code, scopeLabel: `${root.name} (${root.code})` },
  ];
  if (commune)
    accounts.push({
      username: 'official',
      role: 'OFFICIAL',
      scopeCode: commune.code,
      scopeLabel: `${commune.name} (${commune.code})`,
    });
  return accounts;
}

/**
 * SQLite: statements straight on the writer connection, a transaction per chunk. PostgreSQL: the
 * whole seed is one transaction (all or nothing), then VACUUM ANALYZE, so the planner knows the
 * new tables' sizes and index-only scans see every page as visible from the first query.
 */
export async function seedNational(
  services: Services,
  options: NationalSeedOptions,
  report: StageReporter,
): Promise<NationalSeedResult> {
  if (services.sql.dialect === 'sqlite') {
    if (options.replace) throw new Error('On SQLite the national seed writes a new file: nothing to replace.');
    return seedInto(services, sqliteLoader(sqliteWriter(services.sql)), options, report);
  }
  const result = await services.sql.tx(async (q) => {
    if (options.replace) await emptyPostgres(q);
    const seeded = await withoutForeignKeys(q, ['target', 'tally_report', 'tally_rollup'], () =>
      seedInto(services, postgresLoader(q), options, report),
    );
    // Units were written with their ids: new units take the next ones.
    await q.run(`SELECT setval(pg_get_serial_sequence('unit', 'id'), (SELECT MAX(id) FROM unit))`);
    return seeded;
  });
  await vacuumPostgres(services.sql, report('analyze'));
  return result;
}

async function seedInto(
  services: Services,
  load: BulkLoader,
  options: NationalSeedOptions,
  report: StageReporter,
): Promise<NationalSeedResult> {
  if (await services.sql.get(`SELECT 1 FROM unit LIMIT 1`))
    throw new Error('The database already has units: the national seed needs an empty one.');
  const treeDone = report('tree');
  const tree = buildNationalTree(loadVietnamData(), options);
  treeDone(1, 1);
  const story = buildNationalStory(tree, options.days, report('story'));
  const [, provinces, districts, communes, hamlets] = tree.levels;
  const root = tree.levels[0][0]!;

  await writeUnits(load, tree);
  report('units')(1, 1);
  const campaign = await services.sql.tx(
    async () =>
      await services.campaigns.insert({
        code: NATIONAL_CAMPAIGN_CODE,
        name: 'Thu nhận, kích hoạt tài khoản định danh điện tử (toàn quốc)',
        description: describeCampaign(tree),
        collectedLabel: 'Thu nhận',
        activatedLabel: 'Kích hoạt',
        startDate: CAMPAIGN_START,
        deadline: '2023-12-31',
        rootUnitId: root.id,
      }),
  );
  const targets = await writeTargets(load, campaign.id, tree, story);
  report('targets')(1, 1);
  const reports = await writeReports(load, campaign.id, tree, story, report('reports'));
  const rollups = await writeRollups(load, campaign.id, tree, story, report('rollups'));

  const accounts = accountsFor(tree);
  const passwordHash = await hashPassword(NATIONAL_PASSWORD);
  const actor = { ...SYSTEM_ACTOR, username: 'seed' };
  const counts = {
    provinces: provinces.length,
    districts: districts.length,
    communes: communes.length,
    hamlets: hamlets.length,
    reports,
    rollups,
    targets,
  };
  await services.sql.tx(async () => {
    await services.clock.setStoredToday(story.today);
    for (const account of accounts) await services.access.insertUser({ ...account, passwordHash }, actor);
    await services.audit.record(actor, [
      {
        action: 'seed.national',
        unitId: root.id,
        unitPath: root.path,
        campaignId: campaign.id,
        newValue: { ...counts, days: story.days, hamletsPerCommune: options.hamletsPerCommune, source: tree.source },
        reason:
          'Dữ liệu mẫu toàn quốc (đơn vị theo Tổng cục Thống kê; ấp và số liệu giả lập). / National sample data (GSO units; synthetic hamlets and figures).',
      },
    ]);
  });
  report('accounts')(1, 1);
  return {
    campaignCode: NATIONAL_CAMPAIGN_CODE,
    today: story.today,
    counts,
    islands: tree.islands.map((d) => ({ code: d.code, name: d.name })),
    accounts,
  };
}
