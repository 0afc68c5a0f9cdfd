import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../context';
import { fragmentsOf, type Fragments } from '../../core/selections';

/**
 * The only mutations an ANALYST may call: their session, their password, their own saved queries
 * and history. Anything else, including every mutation added later, is refused before it runs.
 */
export const ANALYST_ALLOWED_MUTATIONS: ReadonlySet<string> = new Set([
  'login',
  'logout',
  'changeMyPassword',
  'saveQuery',
  'updateSavedQuery',
  'deleteSavedQuery',
  'copySavedQuery',
  'clearQueryHistory',
]);

/** The root fields an operation selects, through fragments and inline fragments. */
export function rootFieldNames(operation: OperationDefinitionNode, fragments: Fragments): string[] {
  const names: string[] = [];
  const opened = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.push(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else if (!opened.has(s.name.value)) {
        opened.add(s.name.value);
        const definition = fragments.get(s.name.value);
        if (definition) visit(definition.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return names;
}

/** The mutations of this operation an ANALYST may not call (none for queries). */
export function refusedForAnalyst(operation: OperationDefinitionNode, fragments: Fragments): string[] {
  if (operation.operation !== 'mutation') return [];
  return [...new Set(rootFieldNames(operation, fragments))].filter(
    (name) => name !== '__typename' && !ANALYST_ALLOWED_MUTATIONS.has(name),
  );
}

/** Refuses, with FORBIDDEN and HTTP 403, an analyst's operation that would change data: nothing of it runs. */
export const analystGuardPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    if (contextValue.viewer?.role !== 'ANALYST') return;
    return {
      async didResolveOperation({ operation, document }) {
        if (!operation) return;
        const refused = refusedForAnalyst(operation, fragmentsOf(document));
        if (refused.length === 0) return;
        const list = refused.join(', ');
        const vi = `Vai trò phân tích chỉ được xem số liệu, không được gọi ${list}. Không có gì được thực hiện.`;
        const en = `Analysts read and may not call ${list}. Nothing was run.`;
        throw new GraphQLError(`${vi} / ${en}`, {
          extensions: { code: 'FORBIDDEN', messageVi: vi, messageEn: en, mutations: refused, http: { status: 403 } },
        });
      },
    };
  },
};
