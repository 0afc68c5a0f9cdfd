import type { DataSource } from 'typeorm';
import type { Config, DatabaseConfig } from '../config';
import { postgresPool, rawDatabase } from '../db/data-source';
import { PgDb } from '../db/pg-db';
import { PgChannel } from '../db/pg-notify';
import type { Db } from '../db/sql';
import { SqliteDb } from '../db/sqlite-db';
import { WriteGate } from '../db/write-gate';
import { accessModule } from '../modules/access/access.module';
import { analyticsModule } from '../modules/analytics/analytics.module';
import { auditModule } from '../modules/audit/audit.module';
import { campaignsModule } from '../modules/campaigns/campaigns.module';
import type { Infrastructure, Services } from '../modules/context';
import { directivesModule } from '../modules/directives/directives.module';
import type { ChangeTransport } from '../modules/live/change-feed';
import { liveModule } from '../modules/live/live.module';
import { talliesModule } from '../modules/tallies/tallies.module';
import { targetsModule } from '../modules/targets/targets.module';
import { unitsModule } from '../modules/units/units.module';

/** The channel on which the server processes sharing a PostgreSQL database tell each other of committed changes. */
export const CHANGES_CHANNEL = 'chitieu_changes';

/**
 * SQLite: one writer per process, reads on a second connection, and no other process to tell.
 * PostgreSQL: a pool, and the database serialises transactions, so several instances can share
 * it; they tell each other's open consoles of their changes over NOTIFY/LISTEN.
 */
function storage(
  dataSource: DataSource,
  database: DatabaseConfig,
): { sql: Db; changeTransport: ChangeTransport | null } {
  if (database.kind === 'sqlite') return { sql: new SqliteDb(rawDatabase(dataSource)), changeTransport: null };
  const pool = postgresPool(dataSource);
  return { sql: new PgDb(pool), changeTransport: new PgChannel(pool, database.url, CHANGES_CHANNEL) };
}

/** Every module's services, each built from what its module file says it needs, in the order they need each other. */
export function createServices(dataSource: DataSource, config: Config): Services {
  const { sql, changeTransport } = storage(dataSource, config.database);
  const base: Infrastructure = { config, sql, writeGate: new WriteGate() };
  const live = liveModule.services({ changeTransport });
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
