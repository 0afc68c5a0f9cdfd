import type { ASTVisitor, OperationDefinitionNode, ValidationContext } from 'graphql';
import { limitError } from './limit-error';
import { QUERY_LIMITS } from './limits';
import { fragmentsOf, measureSelections, type Fragments } from '../../core/selections';

/** Aliased fields in an operation, each fragment counted as often as it is spread. */
export function aliasCount(operation: OperationDefinitionNode, fragments: Fragments): number {
  return measureSelections(operation.selectionSet, fragments, {
    field: (node, inner) => (node.alias ? 1 : 0) + inner,
    fragment: (_node, inner) => inner,
    combine: (a, b) => a + b,
    empty: 0,
  });
}

/** Refuses an operation with more aliases than the limit (the cheap way to repeat a costly field). */
export function aliasLimitRule(max: number = QUERY_LIMITS.aliases) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const count = aliasCount(operation, fragmentsOf(context.getDocument()));
      if (count > max) context.reportError(limitError('ALIASES', count, max, { nodes: [operation] }));
    },
  });
}
