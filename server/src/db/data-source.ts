import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { PostgresInitial1700000000000 } from './migrations/postgres/1700000000000-initial';
import { PostgresTallySubmissions1700000000100 } from './migrations/postgres/1700000000100-tally-submissions';
import type { DatabaseConfig } from '../config';
import { applyPragmas } from './pragmas';
import { UnitEntity } from '../modules/units/unit.entity';
import { CampaignEntity, SettingEntity } from '../modules/campaigns/campaign.entity';
import { TargetEntity } from '../modules/targets/target.entity';
import { SessionEntity, UserEntity } from '../modules/access/user.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { DIRECTIVE_ENTITIES } from '../modules/directives/directive.entity';
import { Initial1700000000000 } from './migrations/sqlite/1700000000000-initial';
import { TargetChanges1700000000100 } from './migrations/sqlite/1700000000100-target-changes';
import { Directives1700000000200 } from './migrations/sqlite/1700000000200-directives';
import { ANALYTICS_ENTITIES } from '../modules/analytics/analytics.entity';
import { Analytics1700000000300 } from './migrations/sqlite/1700000000300-analytics';
import { LoginThrottle1700000000400 } from './migrations/sqlite/1700000000400-login-throttle';
import { CountryLevel1700000000500 } from './migrations/sqlite/1700000000500-country-level';
import { TallySubmissions1700000000600 } from './migrations/sqlite/1700000000600-tally-submissions';

export const ENTITIES = [
  UnitEntity,
  CampaignEntity,
  SettingEntity,
  TargetEntity,
  UserEntity,
  SessionEntity,
  AuditEventEntity,
  ...DIRECTIVE_ENTITIES,
  ...ANALYTICS_ENTITIES,
];
export const POSTGRES_MIGRATIONS = [PostgresInitial1700000000000, PostgresTallySubmissions1700000000100];
export const SQLITE_MIGRATIONS = [
  Initial1700000000000,
  TargetChanges1700000000100,
  Directives1700000000200,
  Analytics1700000000300,
  LoginThrottle1700000000400,
  CountryLevel1700000000500,
  TallySubmissions1700000000600,
];

/**
 * Opens the database and brings its schema up to date with the migration files (never
 * `synchronize`). SQLite runs in WAL mode with synchronous=FULL: a write that was acknowledged
 * survives a crash or a power cut.
 */
export async function openDatabase(config: DatabaseConfig, options: { migrate?: boolean } = {}): Promise<DataSource> {
  if (config.kind === 'postgres') return openPostgres(config.url, options);
  fs.mkdirSync(path.dirname(config.file), { recursive: true });
  const dataSource = new DataSource({
    type: 'better-sqlite3',
    database: config.file,
    entities: ENTITIES,
    migrations: SQLITE_MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    prepareDatabase: (db: Database.Database) => applyPragmas(db, 5000),
  });
  await dataSource.initialize();
  if (options.migrate !== false) await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/**
 * PostgreSQL: TypeORM's postgres driver over node-postgres, with this dialect's own migrations
 * (migrations/postgres/). Each migration runs in its own transaction; a migration run that two
 * instances start at once is serialised by TypeORM's lock on the migrations table.
 */
async function openPostgres(url: string, options: { migrate?: boolean }): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: POSTGRES_MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    poolSize: Number(process.env.CHITIEU_PG_POOL ?? 10),
  });
  await dataSource.initialize();
  if (options.migrate !== false) await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** The node-postgres pool behind TypeORM's postgres driver. */
export function postgresPool(dataSource: DataSource): pg.Pool {
  return (dataSource.driver as unknown as { master: pg.Pool }).master;
}

/** The raw better-sqlite3 handle behind TypeORM, for statements on the hot path. */
export function rawDatabase(dataSource: DataSource): Database.Database {
  return (dataSource.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
}
