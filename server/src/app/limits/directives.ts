import type { ASTVisitor, OperationDefinitionNode, ValidationContext } from 'graphql';
import { limitError } from './limit-error';
import { QUERY_LIMITS } from './limits';
import { fragmentsOf, measureSelections, type Fragments } from '../../core/selections';

/**
 * Uses of directives in an operation: on the operation, its fields, inline fragments, spreads and
 * the fragments they open (each as often as it is spread).
 */
export function directiveCount(operation: OperationDefinitionNode, fragments: Fragments): number {
  const inSelections = measureSelections(operation.selectionSet, fragments, {
    field: (node, inner) => (node.directives?.length ?? 0) + inner,
    fragment: (node, inner, definition) =>
      (node.directives?.length ?? 0) + (definition?.directives?.length ?? 0) + inner,
    combine: (a, b) => a + b,
    empty: 0,
  });
  const onVariables = (operation.variableDefinitions ?? []).reduce((n, v) => n + (v.directives?.length ?? 0), 0);
  return (operation.directives?.length ?? 0) + onVariables + inSelections;
}

/** Refuses an operation with more directives than the limit ("@include(if: true)" ten thousand times). */
export function directiveLimitRule(max: number = QUERY_LIMITS.directives) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const count = directiveCount(operation, fragmentsOf(context.getDocument()));
      if (count > max) context.reportError(limitError('DIRECTIVES', count, max, { nodes: [operation] }));
    },
  });
}
