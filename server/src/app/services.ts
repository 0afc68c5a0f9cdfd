import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { rawDatabase } from '../db/data-source';
import { Sql } from '../db/sql';
import { AccessService } from '../modules/access/access.service';
import { AuditService } from '../modules/audit/audit.service';
import { CampaignService, ClockService } from '../modules/campaigns/campaign.service';
import { ProgressService } from '../modules/tallies/progress.service';
import { TallyService } from '../modules/tallies/tally.service';
import { TargetService } from '../modules/targets/target.service';
import { UnitService } from '../modules/units/unit.service';
import type { Services } from './context';

export function createServices(dataSource: DataSource, config: Config): Services {
  const sql = new Sql(rawDatabase(dataSource));
  const units = new UnitService(sql);
  const audit = new AuditService(sql);
  const targets = new TargetService(sql);
  return {
    config,
    sql,
    units,
    audit,
    targets,
    campaigns: new CampaignService(sql),
    clock: new ClockService(sql, config.todayOverride),
    tallies: new TallyService(sql, units, audit),
    progress: new ProgressService(sql, targets),
    access: new AccessService(sql, units, audit),
  };
}
