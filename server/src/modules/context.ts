import type { Config } from '../config';
import type { RequestScope } from '../core/context';
import type { AskedField } from '../core/look-ahead';
import type { Db } from '../db/sql';
import type { WriteGate } from '../db/write-gate';
import type { AccessService } from './access/access.service';
import type { UserAdminService } from './access/users.service';
import type { Viewer } from './access/viewer';
import type { AnalyticsServices } from './analytics/analytics.module';
import type { AuditService } from './audit/audit.service';
import type { CampaignService, ClockService } from './campaigns/campaign.service';
import type { CampaignAdminService } from './campaigns/campaign-admin.service';
import type { DirectiveLoaders } from './directives/directive.loaders';
import type { DirectiveServices } from './directives/directive.services';
import type { ProgressLoaders } from './tallies/progress.loaders';
import type { ProgressService } from './tallies/progress.service';
import type { TallyService } from './tallies/tally.service';
import type { TallyImportService } from './tallies/tally-import.service';
import type { TargetService } from './targets/target.service';
import type { UnitLoaders } from './units/unit.loaders';
import type { UnitRow, UnitService } from './units/unit.service';

/**
 * The request context as resolvers see it, composed of the modules' own types (types only: app/
 * builds it). core/context.ts has the part that names no module.
 */

/** The services of one server process, built once at start. */
export interface Services extends AnalyticsServices {
  config: Config;
  sql: Db;
  units: UnitService;
  campaigns: CampaignService;
  clock: ClockService;
  targets: TargetService;
  tallies: TallyService;
  progress: ProgressService;
  access: AccessService;
  audit: AuditService;
  campaignAdmin: CampaignAdminService;
  users: UserAdminService;
  tallyImport: TallyImportService;
  writeGate: WriteGate;
  directives: DirectiveServices;
}

/** Per-request batching, each module's loaders under its name; made on first use, they live as long as the request. */
export interface Loaders {
  units: UnitLoaders;
  progress: ProgressLoaders;
  readonly directives: DirectiveLoaders;
  /** For a list of units just resolved: what its items ask that is read list by list, by every module's loaders. */
  readAhead(list: UnitRow[], asked: readonly AskedField[]): Promise<void>;
}

/** What every resolver gets: the services, who is asking, and per-request batching. */
export interface Context extends RequestScope {
  services: Services;
  viewer: Viewer | null;
  loaders: Loaders;
}
