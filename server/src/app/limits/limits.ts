/**
 * What one GraphQL request may ask for. better-sqlite3 cannot interrupt a running statement, so
 * the only defence against a slow query is to refuse it before it runs: every request goes through
 * these limits (analysts and everyone else alike). The numbers leave room above every query the
 * console and the example library send (see docs/api.md, "Limits").
 */
export const QUERY_LIMITS = {
  /** Nesting of fields, fragments opened (`unit { children { progress { activation { state } } } }` is 5). */
  depth: 10,
  /** Nesting inside `__schema` / `__type`: the standard introspection query is 15 deep. */
  introspectionDepth: 20,
  /** Aliased fields in one operation, fragments opened as often as they are spread. */
  aliases: 30,
  /** Uses of directives (@include, @skip, …) in one operation, fragments opened. */
  directives: 20,
  /** Lexical tokens in the request's query text (graphql-js parser's maxTokens). */
  tokens: 2_000,
  /**
   * Estimated cost, in units of about 10 µs (cost.ts, cost-hints.ts): every field 1, a list's
   * fields times its page size or bound. 8,000 is about 100 ms here, the most one query may hold the
   * process (better-sqlite3 blocks it while a statement runs).
   */
  cost: 8_000,
} as const;

export type QueryLimits = { readonly [K in keyof typeof QUERY_LIMITS]: number };
