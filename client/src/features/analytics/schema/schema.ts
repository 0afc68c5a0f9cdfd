import { buildSchema, type GraphQLSchema } from 'graphql';
import { SCHEMA_SDL } from './schema-source';

let built: GraphQLSchema | null = null;

/** The schema as graphql-js objects (built once, on first use). */
export function apiSchema(): GraphQLSchema {
  built ??= buildSchema(SCHEMA_SDL);
  return built;
}
