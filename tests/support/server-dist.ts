import { createRequire } from 'node:module';
import path from 'node:path';
import type { GraphQLError, GraphQLSchema } from 'graphql';
import { REPO_ROOT } from './paths';

const require = createRequire(path.join(REPO_ROOT, 'server', 'package.json'));

/** The built server's own schema and limit check, loaded in its own realm (no second graphql). */
export async function serverLimits(): Promise<{
  schema: GraphQLSchema;
  limits: Record<string, number>;
  check: (source: string, variables?: Record<string, unknown>) => { errors: readonly GraphQLError[]; cost: number };
}> {
  require('reflect-metadata');
  const { buildAppSchema } = require(path.join(REPO_ROOT, 'server/dist/app/schema.js'));
  const { checkQueryLimits } = require(path.join(REPO_ROOT, 'server/dist/app/limits/check.js'));
  const { QUERY_LIMITS } = require(path.join(REPO_ROOT, 'server/dist/app/limits/limits.js'));
  const schema = (await buildAppSchema()) as GraphQLSchema;
  return {
    schema,
    limits: QUERY_LIMITS,
    check: (source, variables = {}) => checkQueryLimits(schema, source, variables),
  };
}
