import type { ServerModule } from '../../core/module';
import type { Db } from '../../db/sql';
import type { AuditServices } from '../audit/audit.module';
import type { TargetsServices } from '../targets/targets.module';
import type { UnitsServices } from '../units/units.module';
import { CampaignResolver } from './campaign.resolver';
import { CampaignService, ClockService } from './campaign.service';
import { CampaignAdminService } from './campaign-admin.service';

/** The campaigns module: campaigns, the server's today, and their administration (which sets targets). */
export type CampaignsNeeds = { sql: Db; todayOverride: string | null } & UnitsServices &
  TargetsServices &
  AuditServices;

export interface CampaignsServices {
  campaigns: CampaignService;
  clock: ClockService;
  campaignAdmin: CampaignAdminService;
}

export const campaignsModule = {
  resolvers: [CampaignResolver] as const,
  services({ sql, todayOverride, units, targets, audit }: CampaignsNeeds): CampaignsServices {
    const campaigns = new CampaignService(sql);
    return {
      campaigns,
      clock: new ClockService(sql, todayOverride),
      campaignAdmin: new CampaignAdminService(sql, campaigns, units, targets, audit),
    };
  },
} satisfies ServerModule<CampaignsNeeds, CampaignsServices>;
