import type { IsoDate } from '@chitieu/shared';
import type { SendError } from '../../core/rest';
import type { ServerModule } from '../../core/module';
import type { DatabaseConfig } from '../../config';
import type { Db } from '../../db/sql';
import type { WriteGate } from '../../db/write-gate';
import type { AuditServices } from '../audit/audit.module';
import type { LiveServices } from '../live/live.module';
import type { Context, Services } from '../context';
import type { TargetsServices } from '../targets/targets.module';
import type { Unit } from '../units/unit.types';
import type { UnitsLoaders, UnitsServices } from '../units/units.module';
import { ProgressLoaders, type ProgressLoaderDeps } from './progress.loaders';
import { ProgressResolver, unitProgress } from './progress.resolver';
import { ProgressService } from './progress.service';
import { tallyCsvRoutes } from './tally-csv.routes';
import { TallyImportService } from './tally-import.service';
import { InlineImportWriter, WorkerImportWriter } from './tally-import.writer';
import { TallyResolver } from './tally.resolver';
import { TallyService } from './tally.service';

/** The tallies module: daily figures, their CSV import and export, and progress against targets. */
export type TalliesNeeds = { sql: Db; database: DatabaseConfig; writeGate: WriteGate } & UnitsServices &
  AuditServices &
  TargetsServices &
  LiveServices;

export interface TalliesServices {
  tallies: TallyService;
  progress: ProgressService;
  tallyImport: TallyImportService;
}

export interface TalliesLoaders {
  progress: ProgressLoaders;
}

export const talliesModule = {
  resolvers: [ProgressResolver, TallyResolver] as const,
  services({ sql, database, writeGate, units, audit, targets, live }: TalliesNeeds): TalliesServices {
    const tallies = new TallyService(sql, units, audit, live);
    // SQLite's one writer: a large import writes on a worker thread and the write gate makes the
    // main thread's writers wait. PostgreSQL takes concurrent writers itself: one transaction here.
    const writer =
      database.kind === 'sqlite'
        ? new WorkerImportWriter(database.file, writeGate, sql.health)
        : new InlineImportWriter(sql, tallies, audit);
    return {
      tallies,
      progress: new ProgressService(sql, targets),
      tallyImport: new TallyImportService(sql, units, writer, live),
    };
  },
  /** Progress is read for the lists the unit loaders returned. */
  loaders: (services: ProgressLoaderDeps, { units }: UnitsLoaders): TalliesLoaders => ({
    progress: new ProgressLoaders(services, units),
  }),
  routes: (services: Services, sendError: SendError) => tallyCsvRoutes(services, sendError),
  /** Unit.progress is asked of every row of a list (10,000 rows in a large level): it answers from its list's batch. */
  fields: {
    'Unit.progress': (unit: Unit, args: { campaign: string; asOf?: IsoDate | null }, ctx: Context) =>
      unitProgress(unit, ctx, args.campaign, args.asOf ?? null),
  },
} satisfies ServerModule<TalliesNeeds, TalliesServices>;
