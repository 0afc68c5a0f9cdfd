import path from 'node:path';
import type { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { accessModule } from '../modules/access/access.module';
import { analyticsModule } from '../modules/analytics/analytics.module';
import { auditModule } from '../modules/audit/audit.module';
import { campaignsModule } from '../modules/campaigns/campaigns.module';
import { directivesModule } from '../modules/directives/directives.module';
import { liveModule } from '../modules/live/live.module';
import { talliesModule } from '../modules/tallies/tallies.module';
import { targetsModule } from '../modules/targets/targets.module';
import { unitsModule } from '../modules/units/units.module';
import type { Context } from './context';
import { COST_DESCRIPTION } from './limits/cost-description';

/** Every module's resolvers (each module's file lists its own). */
export const RESOLVERS = [
  ...accessModule.resolvers,
  ...campaignsModule.resolvers,
  ...unitsModule.resolvers,
  ...talliesModule.resolvers,
  ...directivesModule.resolvers,
  ...targetsModule.resolvers,
  ...auditModule.resolvers,
  ...analyticsModule.resolvers,
  ...liveModule.resolvers,
] as const;

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
  // field. The fields a module resolves itself (Unit.progress, asked of every row of a list) are called directly.
  for (const [name, resolve] of Object.entries(talliesModule.fields)) {
    const [type, field] = name.split('.') as [string, string];
    (schema.getType(type) as GraphQLObjectType).getFields()[field]!.resolve = resolve as GraphQLFieldResolver<
      unknown,
      Context
    >;
  }
  // type-graphql names no description for its root types: the Query type says how cost is counted.
  schema.getQueryType()!.description = COST_DESCRIPTION;
  schema.getSubscriptionType()!.description =
    "Pushed to open consoles over WebSocket at /graphql (graphql-ws protocol), with the session cookie, from the console's own origin.";
  return schema;
}
