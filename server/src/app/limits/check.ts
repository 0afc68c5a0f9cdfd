import { parse, specifiedRules, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { CostContext } from './cost';
import { PESSIMISTIC } from './cost-hints';
import { limitError } from './limit-error';
import { costOf, limitParseOptions, limitValidationRules } from './limit-rules';
import { QUERY_LIMITS, type QueryLimits } from './limits';

/**
 * What the server's limits say of a query text, without running it: the parser's token limit,
 * graphql-js's rules with the limits' own, then the cost of each operation. For tests, the
 * benchmark and tools; the server applies the same pieces in its Apollo pipeline.
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
  source: string,
  variables: Record<string, unknown> = {},
  context: CostContext = PESSIMISTIC,
  limits: QueryLimits = QUERY_LIMITS,
): { errors: readonly GraphQLError[]; cost: number } {
  let document: DocumentNode;
  try {
    document = parse(source, limitParseOptions(limits));
  } catch (error) {
    return { errors: [error as GraphQLError], cost: 0 };
  }
  const errors = validate(schema, document, [...specifiedRules, ...limitValidationRules(limits)]);
  if (errors.length > 0) return { errors, cost: 0 };
  let cost = 0;
  const out: GraphQLError[] = [];
  for (const operation of document.definitions) {
    if (operation.kind !== 'OperationDefinition') continue;
    const estimate = costOf(schema, document, operation, variables, context, limits);
    cost = Math.max(cost, estimate.cost);
    if (estimate.cost > limits.cost)
      out.push(limitError('COST', estimate.cost, limits.cost, { atLeast: estimate.atLeast }));
  }
  return { errors: out, cost };
}
