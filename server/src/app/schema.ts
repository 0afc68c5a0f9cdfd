import path from 'node:path';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import type { IsoDate } from '@chitieu/shared';
import { buildSchema } from 'type-graphql';
import { AccessResolver } from '../modules/access/access.resolver';
import { UsersResolver } from '../modules/access/users.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { CampaignResolver } from '../modules/campaigns/campaign.resolver';
import { DIRECTIVE_RESOLVERS } from '../modules/directives/directive.module';
import { ProgressResolver, unitProgress } from '../modules/tallies/progress.resolver';
import { TallyResolver } from '../modules/tallies/tally.resolver';
import { TargetResolver } from '../modules/targets/target.resolver';
import { UnitResolver } from '../modules/units/unit.resolver';
import type { Unit } from '../modules/units/unit.types';
import type { Context } from './context';
import { COST_DESCRIPTION } from './limits/cost-description';
import { ANALYTICS_RESOLVERS } from '../modules/analytics/analytics.module';
import { LiveResolver } from '../modules/live/live.resolver';

export const RESOLVERS = [AccessResolver, CampaignResolver, UnitResolver, ProgressResolver, TallyResolver, ...DIRECTIVE_RESOLVERS, TargetResolver, UsersResolver, AuditResolver, ...ANALYTICS_RESOLVERS, LiveResolver] as const;

/**
 * type-graphql asks for a PubSub whenever the schema has a subscription; ours subscribe through
 * their own `subscribe` (the change feed, modules/live), so no topic is ever published or asked.
 */
const NO_TOPICS = {
  publish: () => {},
  subscribe: () => {
    throw new Error('Subscriptions here subscribe through the change feed, not topics.');
  },
};

/** The committed contract the console compiles from. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', '..', 'shared', 'schema.graphql');

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: [...RESOLVERS], validate: false, pubSub: NO_TOPICS });
  // type-graphql checks arguments asynchronously even with validation off, adding a promise per
  // field. Unit.progress is asked of every row of a list (10,000 rows in a large level): it is
  // called directly, and answers from its list's batch (one read for the whole list).
  const progress = (schema.getType('Unit') as GraphQLObjectType).getFields().progress!;
  progress.resolve = (unit: Unit, args: { campaign: string; asOf?: IsoDate | null }, ctx: Context) => unitProgress(unit, ctx, args.campaign, args.asOf ?? null);
  // type-graphql names no description for its root types: the Query type says how cost is counted.
  schema.getQueryType()!.description = COST_DESCRIPTION;
  return schema;
}
