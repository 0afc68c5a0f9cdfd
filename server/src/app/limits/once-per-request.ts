import type { ASTVisitor, OperationDefinitionNode, ValidationContext } from 'graphql';
import { limitError } from './limit-error';
import { fragmentsOf, measureSelections, type Fragments } from '../../core/selections';

/**
 * Mutations that check a password. Each may appear once per request: twenty aliased `login`
 * fields would be twenty password guesses for the price of one request and one throttle step.
 */
export const ONCE_PER_REQUEST = ['login', 'changeMyPassword'] as const;

/** How often a field of this name is selected in the operation, fragments opened. */
export function fieldCount(operation: OperationDefinitionNode, fragments: Fragments, name: string): number {
  return measureSelections(operation.selectionSet, fragments, {
    field: (node, inner) => (node.name.value === name ? 1 : 0) + inner,
    fragment: (_node, inner) => inner,
    combine: (a, b) => a + b,
    empty: 0,
  });
}

export function oncePerRequestRule(names: readonly string[] = ONCE_PER_REQUEST) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return;
      const fragments = fragmentsOf(context.getDocument());
      for (const name of names) {
        const count = fieldCount(operation, fragments, name);
        if (count > 1)
          context.reportError(limitError('ONCE_PER_REQUEST', count, 1, { nodes: [operation], subject: name }));
      }
    },
  });
}
