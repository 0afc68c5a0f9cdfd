import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { postgresPool, rawDatabase } from '../db/data-source';
import { PgDb } from '../db/pg-db';
import type { Db } from '../db/sql';
import { SqliteDb } from '../db/sqlite-db';
import { WriteGate } from '../db/write-gate';
import { accessModule } from '../modules/access/access.module';
import { analyticsModule } from '../modules/analytics/analytics.module';
import { auditModule } from '../modules/audit/audit.module';
import { campaignsModule } from '../modules/campaigns/campaigns.module';
import type { Infrastructure, Services } from '../modules/context';
import { directivesModule } from '../modules/directives/directives.module';
import { liveModule } from '../modules/live/live.module';
import { talliesModule } from '../modules/tallies/tallies.module';
import { targetsModule } from '../modules/targets/targets.module';
import { unitsModule } from '../modules/units/units.module';

/** Every module's services, each built from what its module file says it needs, in the order they need each other. */
export function createServices(dataSource: DataSource, config: Config): Services {
  // SQLite: one writer per process, reads on a second connection. PostgreSQL: a pool, and the
  // database serialises transactions, so several instances can share it.
  const sql: Db =
    config.database.kind === 'postgres' ? new PgDb(postgresPool(dataSource)) : new SqliteDb(rawDatabase(dataSource));
  const base: Infrastructure = { config, sql, writeGate: new WriteGate() };
  const live = liveModule.services();
  const units = unitsModule.services(base);
  const audit = auditModule.services(base);
  const targets = targetsModule.services({ ...base, ...units, ...audit, ...live });
  const campaigns = campaignsModule.services({
    ...base,
    todayOverride: config.todayOverride,
    ...units,
    ...targets,
    ...audit,
  });
  return {
    ...base,
    ...live,
    ...units,
    ...audit,
    ...targets,
    ...campaigns,
    ...talliesModule.services({ ...base, database: config.database, ...units, ...audit, ...targets, ...live }),
    ...accessModule.services({ ...base, ...units, ...audit }),
    ...directivesModule.services({ ...base, ...units, ...audit, ...campaigns }),
    ...analyticsModule.services({ ...base, ...audit }),
  };
}
