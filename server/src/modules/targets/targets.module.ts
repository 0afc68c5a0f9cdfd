import type { ServerModule } from '../../core/module';
import type { Db } from '../../db/sql';
import type { AuditServices } from '../audit/audit.module';
import type { LiveServices } from '../live/live.module';
import type { UnitsServices } from '../units/units.module';
import { TargetResolver } from './target.resolver';
import { TargetService } from './target.service';

/** The targets module: each unit's target in a campaign, and its changes. */
export type TargetsNeeds = { sql: Db } & UnitsServices & AuditServices & LiveServices;

export interface TargetsServices {
  targets: TargetService;
}

export const targetsModule = {
  resolvers: [TargetResolver] as const,
  services: ({ sql, units, audit, live }: TargetsNeeds): TargetsServices => ({
    targets: new TargetService(sql, units, audit, live),
  }),
} satisfies ServerModule<TargetsNeeds, TargetsServices>;
