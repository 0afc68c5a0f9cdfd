import type { Db } from '../../db/sql';
import type { AuditService } from '../audit/audit.service';
import type { CampaignService } from '../campaigns/campaign.service';
import type { UnitService } from '../units/unit.service';
import { AgencyService } from './agency.service';
import { DirectiveLookup } from './directive-lookup';
import { DirectiveReportService } from './directive-report.service';
import { DirectiveWriteService } from './directive-write.service';
import { DirectiveStore } from './directive.store';
import { LineProgressService } from './line-progress.service';
import { TaskWriteService } from './task-write.service';

/** The directives module's services, built once per process (ctx.services.directives). */
export interface DirectiveServices {
  store: DirectiveStore;
  agencies: AgencyService;
  lookup: DirectiveLookup;
  writes: DirectiveWriteService;
  tasks: TaskWriteService;
  lines: LineProgressService;
  reports: DirectiveReportService;
}

export function createDirectiveServices(deps: {
  sql: Db;
  units: UnitService;
  audit: AuditService;
  campaigns: CampaignService;
}): DirectiveServices {
  const { sql, units, audit, campaigns } = deps;
  const store = new DirectiveStore(sql);
  const agencies = new AgencyService(sql, units, audit);
  const tasks = new TaskWriteService(sql, store, agencies, audit);
  return {
    store,
    agencies,
    tasks,
    lookup: new DirectiveLookup(store, agencies),
    writes: new DirectiveWriteService(sql, store, agencies, campaigns, tasks, audit),
    lines: new LineProgressService(sql, store, audit),
    reports: new DirectiveReportService(store, agencies, campaigns),
  };
}
