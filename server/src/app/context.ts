import type { Request, Response } from 'express';
import type { Config } from '../config';
import type { Db } from '../db/sql';
import type { WriteGate } from '../db/write-gate';
import type { AccessService } from '../modules/access/access.service';
import type { UserAdminService } from '../modules/access/users.service';
import type { Viewer } from '../modules/access/viewer';
import type { AuditService } from '../modules/audit/audit.service';
import type { CampaignService, ClockService } from '../modules/campaigns/campaign.service';
import type { CampaignAdminService } from '../modules/campaigns/campaign-admin.service';
import type { DirectiveServices } from '../modules/directives/directive.services';
import type { ProgressService } from '../modules/tallies/progress.service';
import type { TallyService } from '../modules/tallies/tally.service';
import type { TallyImportService } from '../modules/tallies/tally-import.service';
import type { TargetService } from '../modules/targets/target.service';
import type { UnitService } from '../modules/units/unit.service';
import type { AnalyticsServices } from '../modules/analytics/analytics.module';
import type { Loaders } from './loaders';
import type { ChangeFeed } from '../modules/live/change-feed';

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
  /** Committed changes told to the open consoles of this process (subscriptions). */
  live: ChangeFeed;
}

/** What every resolver gets: the services, who is asking, and per-request batching. */
export interface Context {
  services: Services;
  viewer: Viewer | null;
  requestId: string;
  loaders: Loaders;
  req: Request;
  res: Response;
}
