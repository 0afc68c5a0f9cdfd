import sdl from '../../../../../shared/schema.graphql?raw';

/**
 * The API's schema for the query editor and the docs explorer: shared/schema.graphql, which the
 * server emits from its resolvers, bundled at build time. Introspection is off in production and
 * the bundled text needs no round trip; the console and the server are built from one commit, so
 * it is the schema being served. Only the lazily loaded editor chunks import this file.
 */
export const SCHEMA_SDL: string = sdl;

/** The schema's model in the editor (go to definition and peek show it). */
export const SCHEMA_URI = 'inmemory://chitieu/schema.graphql';
