import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccessResolver } from '../modules/access/access.resolver';
import { CampaignResolver } from '../modules/campaigns/campaign.resolver';
import { ProgressResolver } from '../modules/tallies/progress.resolver';
import { TallyResolver } from '../modules/tallies/tally.resolver';
import { UnitResolver } from '../modules/units/unit.resolver';

export const RESOLVERS = [AccessResolver, CampaignResolver, UnitResolver, ProgressResolver, TallyResolver] as const;

/** The committed contract the console compiles from. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', '..', 'shared', 'schema.graphql');

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...RESOLVERS], validate: false });
}
