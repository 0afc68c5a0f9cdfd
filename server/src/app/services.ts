import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { postgresPool, rawDatabase } from '../db/data-source';
import { PgDb } from '../db/pg-db';
import type { Db } from '../db/sql';
import { SqliteDb } from '../db/sqlite-db';
import { WriteGate } from '../db/write-gate';
import { AccessService } from '../modules/access/access.service';
import { UserAdminService } from '../modules/access/users.service';
import { AuditService } from '../modules/audit/audit.service';
import { CampaignService, ClockService } from '../modules/campaigns/campaign.service';
import { CampaignAdminService } from '../modules/campaigns/campaign-admin.service';
import { createDirectiveServices } from '../modules/directives/directive.services';
import { ProgressService } from '../modules/tallies/progress.service';
import { TallyService } from '../modules/tallies/tally.service';
import { TallyImportService } from '../modules/tallies/tally-import.service';
import { InlineImportWriter, WorkerImportWriter } from '../modules/tallies/tally-import.writer';
import { TargetService } from '../modules/targets/target.service';
import { UnitService } from '../modules/units/unit.service';
import { createAnalyticsServices } from '../modules/analytics/analytics.module';
import type { Services } from './context';
import { ChangeFeed } from '../modules/live/change-feed';

export function createServices(dataSource: DataSource, config: Config): Services {
  // SQLite: one writer per process, reads on a second connection. PostgreSQL: a pool, and the
  // database serialises transactions, so several instances can share it.
  const sql: Db = config.database.kind === 'postgres' ? new PgDb(postgresPool(dataSource)) : new SqliteDb(rawDatabase(dataSource));
  const writeGate = new WriteGate();
  const units = new UnitService(sql);
  const audit = new AuditService(sql);
  const live = new ChangeFeed();
  const targets = new TargetService(sql, units, audit, live);
  const campaigns = new CampaignService(sql);
  const tallies = new TallyService(sql, units, audit, live);
  const access = new AccessService(sql, units, audit, writeGate);
  return {
    config,
    sql,
    units,
    audit,
    targets,
    campaigns,
    clock: new ClockService(sql, config.todayOverride),
    tallies,
    progress: new ProgressService(sql, targets),
    access,
    directives: createDirectiveServices({ sql, units, audit, campaigns }),
    campaignAdmin: new CampaignAdminService(sql, campaigns, units, targets, audit),
    users: new UserAdminService(sql, units, access, audit),
    // SQLite's one writer: a large import writes on a worker thread and the write gate makes the
    // main thread's writers wait. PostgreSQL takes concurrent writers itself: one transaction here.
    tallyImport: new TallyImportService(sql, units, config.database.kind === 'sqlite'
      ? new WorkerImportWriter(config.database.file, writeGate, sql.health)
      : new InlineImportWriter(sql, tallies, audit), live),
    writeGate,
    live,
    ...createAnalyticsServices(sql, audit),
  };
}
