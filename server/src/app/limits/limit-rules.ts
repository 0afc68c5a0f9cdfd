import type { DocumentNode, GraphQLSchema, OperationDefinitionNode, ValidationRule } from 'graphql';
import { MAX_PAGE_SIZE } from '../../core/pagination';
import { aliasLimitRule } from './aliases';
import { operationCost, type CostContext } from './cost';
import { COST_HINTS, INTROSPECTION_FIELDS_PER_UNIT, PESSIMISTIC } from './cost-hints';
import { depthLimitRule } from './depth';
import { directiveLimitRule } from './directives';
import { QUERY_LIMITS, type QueryLimits } from './limits';
import { oncePerRequestRule } from './once-per-request';
import { fragmentsOf } from '../../core/selections';

/** The validation rules of the limits that need only the document (Apollo caches their verdict). */
export function limitValidationRules(limits: QueryLimits = QUERY_LIMITS): ValidationRule[] {
  return [
    depthLimitRule(limits.depth, limits.introspectionDepth),
    aliasLimitRule(limits.aliases),
    directiveLimitRule(limits.directives),
    oncePerRequestRule(),
  ];
}

/** The parser's own token limit: a long query is refused while it is read, before it is built. */
export function limitParseOptions(limits: QueryLimits = QUERY_LIMITS): { maxTokens: number } {
  return { maxTokens: limits.tokens };
}

/**
 * The estimated cost of one operation of a document, as the server computes it before running it
 * (with `context`, the sizes of the subtrees its lists would read; without, the largest allowed).
 */
export function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  context: CostContext = PESSIMISTIC,
  limits: QueryLimits = QUERY_LIMITS,
) {
  return operationCost(schema, operation, fragmentsOf(document), variables, {
    hints: COST_HINTS,
    defaultItems: MAX_PAGE_SIZE,
    budget: limits.cost * INTROSPECTION_FIELDS_PER_UNIT * 2,
    introspectionFieldsPerUnit: INTROSPECTION_FIELDS_PER_UNIT,
    context,
  });
}
