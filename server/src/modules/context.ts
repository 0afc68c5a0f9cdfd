import type { Config } from '../config';
import type { RequestScope } from '../core/context';
import type { AskedField } from '../core/look-ahead';
import type { Db } from '../db/sql';
import type { WriteGate } from '../db/write-gate';
import type { AccessServices } from './access/access.module';
import type { Viewer } from './access/viewer';
import type { AnalyticsServices } from './analytics/analytics.module';
import type { AuditServices } from './audit/audit.module';
import type { CampaignsServices } from './campaigns/campaigns.module';
import type { DirectivesLoaders, DirectivesServices } from './directives/directives.module';
import type { LiveServices } from './live/live.module';
import type { TalliesLoaders, TalliesServices } from './tallies/tallies.module';
import type { TargetsServices } from './targets/targets.module';
import type { UnitsLoaders, UnitsServices } from './units/units.module';
import type { UnitRow } from './units/unit.service';

/**
 * The request context as resolvers see it, composed of what the modules' files declare they
 * provide (types only: the composition root builds it). core/context.ts has the part that names
 * no module.
 */

/** What the process gives the modules: its configuration, the database, the write gate. */
export interface Infrastructure {
  config: Config;
  sql: Db;
  writeGate: WriteGate;
}

/** The services of one server process, built once at start: each module's (its <module>.module.ts), under their names. */
export interface Services
  extends
    Infrastructure,
    UnitsServices,
    AuditServices,
    TargetsServices,
    CampaignsServices,
    TalliesServices,
    AccessServices,
    DirectivesServices,
    AnalyticsServices,
    LiveServices {}

/** Per-request batching, each module's loaders under its name; they live as long as the request. */
export interface Loaders extends UnitsLoaders, TalliesLoaders, DirectivesLoaders {
  /** For a list of units just resolved: what its items ask that is read list by list, by every module's loaders. */
  readAhead(list: UnitRow[], asked: readonly AskedField[]): Promise<void>;
}

/** What every resolver gets: the services, who is asking, and per-request batching. */
export interface Context extends RequestScope {
  services: Services;
  viewer: Viewer | null;
  loaders: Loaders;
}
