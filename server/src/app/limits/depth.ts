import type { ASTVisitor, FieldNode, OperationDefinitionNode, ValidationContext } from 'graphql';
import { limitError } from './limit-error';
import { QUERY_LIMITS } from './limits';
import { fragmentsOf, measureSelections, type Fragments, type Measure } from '../../core/selections';

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

function depthMeasure(countIntrospection: boolean): Measure {
  return {
    field: (node: FieldNode, inner: number) =>
      !countIntrospection && INTROSPECTION_ROOTS.has(node.name.value) ? 1 : 1 + inner,
    fragment: (_node, inner) => inner,
    combine: Math.max,
    empty: 0,
  };
}

/** How deep an operation goes: data fields, and everything (introspection included). */
export function operationDepth(
  operation: OperationDefinitionNode,
  fragments: Fragments,
): { data: number; all: number } {
  return {
    data: measureSelections(operation.selectionSet, fragments, depthMeasure(false)),
    all: measureSelections(operation.selectionSet, fragments, depthMeasure(true)),
  };
}

/**
 * Refuses an operation nested deeper than the limit. Introspection (`__schema`, `__type`) has its
 * own, larger limit: the standard introspection query that editors send is 15 deep, and what it
 * costs is bounded by the cost limit, which counts it exactly.
 */
export function depthLimitRule(
  max: number = QUERY_LIMITS.depth,
  maxIntrospection: number = QUERY_LIMITS.introspectionDepth,
) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const depth = operationDepth(operation, fragmentsOf(context.getDocument()));
      if (depth.data > max) context.reportError(limitError('DEPTH', depth.data, max, { nodes: [operation] }));
      else if (depth.all > maxIntrospection)
        context.reportError(limitError('INTROSPECTION_DEPTH', depth.all, maxIntrospection, { nodes: [operation] }));
    },
  });
}
