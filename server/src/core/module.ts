/** A resolver class, as type-graphql reads it. */
export type ResolverClass = abstract new (...args: never[]) => object;

/**
 * What a domain module says of itself (modules/<module>/<module>.module.ts): the resolvers it adds
 * to the schema, and the services it builds, once per process, from what it needs (the database,
 * other modules' services). It may also have per-request loaders, REST routes, plain field
 * resolvers and Apollo plugins,
 * typed where the module declares them. app/ composes the modules from these; a plain object, no
 * container.
 */
export interface ServerModule<Needs, Provides> {
  readonly resolvers: readonly ResolverClass[];
  services(needs: Needs): Provides;
  /** One request's loaders, from the services and the loaders of the modules it reads through. */
  loaders?: (...args: never[]) => object;
  /** Its plain HTTP endpoints (an Express router). */
  routes?: (...args: never[]) => unknown;
  /** Field resolvers by "Type.field" that the schema calls directly, without type-graphql's argument handling (app/schema.ts). */
  fields?: Readonly<Record<string, (source: never, args: never, context: never) => unknown>>;
  /** Its Apollo plugins, by name: app/apollo.ts puts them in order. */
  plugins?: Readonly<Record<string, object>>;
}
