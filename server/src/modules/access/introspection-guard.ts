import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type OperationDefinitionNode } from 'graphql';
import type { Role } from '@chitieu/shared';
import type { Context } from '../context';
import { fragmentsOf, measureSelections, type Fragments, type Measure } from '../../core/selections';

/** Who may read the schema by introspection in production: the analysts' editor and admins. */
export const INTROSPECTION_ROLES: ReadonlySet<Role> = new Set<Role>(['ANALYST', 'ADMIN']);

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** 1 when a selection reaches `__schema` or `__type`, through fragments too; `__typename` is not introspection. */
const introspects: Measure = {
  field: (node, inner) => (INTROSPECTION_FIELDS.has(node.name.value) ? 1 : inner),
  fragment: (_node, inner) => inner,
  combine: Math.max,
  empty: 0,
};

export function selectsIntrospection(operation: OperationDefinitionNode, fragments: Fragments): boolean {
  return measureSelections(operation.selectionSet, fragments, introspects) > 0;
}

export function introspectionRefused(): GraphQLError {
  const vi =
    'Truy vấn lược đồ (__schema, __type) chỉ dành cho tài khoản phân tích và quản trị. Không có gì được thực hiện.';
  const en = 'Schema introspection (__schema, __type) is open only to analysts and administrators. Nothing was run.';
  return new GraphQLError(`${vi} / ${en}`, {
    extensions: { code: 'FORBIDDEN', reason: 'INTROSPECTION', messageVi: vi, messageEn: en, http: { status: 403 } },
  });
}

/**
 * Production: introspection for ANALYST and ADMIN sessions only; anyone else's operation that
 * asks for `__schema` or `__type` is refused with FORBIDDEN and HTTP 403 before anything runs.
 * It runs per request, after validation, because Apollo caches validated documents across
 * viewers: a validation rule could not know who is asking.
 */
export const introspectionGuardPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    const role = contextValue.viewer?.role;
    if (role && INTROSPECTION_ROLES.has(role)) return;
    return {
      async didResolveOperation({ operation, document }) {
        if (operation && selectsIntrospection(operation, fragmentsOf(document))) throw introspectionRefused();
      },
    };
  },
};
