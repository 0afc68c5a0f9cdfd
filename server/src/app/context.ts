import type { Request, Response } from 'express';
import type { Config } from '../config';
import type { Sql } from '../db/sql';
import type { AccessService } from '../modules/access/access.service';
import type { Viewer } from '../modules/access/viewer';
import type { AuditService } from '../modules/audit/audit.service';
import type { CampaignService, ClockService } from '../modules/campaigns/campaign.service';
import type { ProgressService } from '../modules/tallies/progress.service';
import type { TallyService } from '../modules/tallies/tally.service';
import type { TargetService } from '../modules/targets/target.service';
import type { UnitService } from '../modules/units/unit.service';
import type { Loaders } from './loaders';

/** The services of one server process, built once at start. */
export interface Services {
  config: Config;
  sql: Sql;
  units: UnitService;
  campaigns: CampaignService;
  clock: ClockService;
  targets: TargetService;
  tallies: TallyService;
  progress: ProgressService;
  access: AccessService;
  audit: AuditService;
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
