import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccessResolver } from '../modules/access/access.resolver';
import { UsersResolver } from '../modules/access/users.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { CampaignResolver } from '../modules/campaigns/campaign.resolver';
import { DIRECTIVE_RESOLVERS } from '../modules/directives/directive.module';
import { ProgressResolver } from '../modules/tallies/progress.resolver';
import { TallyResolver } from '../modules/tallies/tally.resolver';
import { TargetResolver } from '../modules/targets/target.resolver';
import { UnitResolver } from '../modules/units/unit.resolver';
import { ANALYTICS_RESOLVERS } from '../modules/analytics/analytics.module';

export const RESOLVERS = [AccessResolver, CampaignResolver, UnitResolver, ProgressResolver, TallyResolver, ...DIRECTIVE_RESOLVERS, TargetResolver, UsersResolver, AuditResolver, ...ANALYTICS_RESOLVERS] as const;

/** The committed contract the console compiles from. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', '..', 'shared', 'schema.graphql');

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...RESOLVERS], validate: false });
}
