import {
  GraphQLString,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  valueFromAST,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLDirective,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
  type GraphQLType,
  type SelectionSetNode,
} from 'graphql';
import type { Fragments } from '../../core/selections';

/** What an introspection field resolves to, as far as counting needs. */
type Value =
  | { kind: 'schema' }
  | { kind: 'type'; type: GraphQLType }
  | { kind: 'field'; field: GraphQLField<unknown, unknown> }
  | { kind: 'input'; value: GraphQLArgument | GraphQLInputField }
  | { kind: 'directive'; directive: GraphQLDirective }
  | { kind: 'leaf' };

type Resolved = Value | Value[] | null;

/** One step down: what `name` of `value` is (null when it is null, e.g. `ofType` of a named type). */
function child(schema: GraphQLSchema, value: Value, name: string): Resolved {
  const types = (list: readonly GraphQLType[]) => list.map((type): Value => ({ kind: 'type', type }));
  switch (value.kind) {
    case 'schema':
      if (name === 'types') return types(Object.values(schema.getTypeMap()));
      if (name === 'queryType') return { kind: 'type', type: schema.getQueryType()! };
      if (name === 'mutationType')
        return schema.getMutationType() ? { kind: 'type', type: schema.getMutationType()! } : null;
      if (name === 'subscriptionType')
        return schema.getSubscriptionType() ? { kind: 'type', type: schema.getSubscriptionType()! } : null;
      if (name === 'directives')
        return schema.getDirectives().map((directive): Value => ({ kind: 'directive', directive }));
      return { kind: 'leaf' };
    case 'type': {
      const t = value.type;
      if (name === 'ofType') return isListType(t) || isNonNullType(t) ? { kind: 'type', type: t.ofType } : null;
      if (name === 'fields')
        return isObjectType(t) || isInterfaceType(t)
          ? Object.values(t.getFields()).map((field): Value => ({ kind: 'field', field }))
          : null;
      if (name === 'interfaces') return isObjectType(t) || isInterfaceType(t) ? types(t.getInterfaces()) : null;
      if (name === 'possibleTypes') return isAbstractType(t) ? types(schema.getPossibleTypes(t)) : null;
      if (name === 'enumValues') return isEnumType(t) ? t.getValues().map((): Value => ({ kind: 'leaf' })) : null;
      if (name === 'inputFields')
        return isInputObjectType(t)
          ? Object.values(t.getFields()).map((input): Value => ({ kind: 'input', value: input }))
          : null;
      return { kind: 'leaf' };
    }
    case 'field':
      if (name === 'args') return value.field.args.map((input): Value => ({ kind: 'input', value: input }));
      if (name === 'type') return { kind: 'type', type: value.field.type };
      return { kind: 'leaf' };
    case 'input':
      return name === 'type' ? { kind: 'type', type: value.value.type } : { kind: 'leaf' };
    case 'directive':
      return name === 'args'
        ? value.directive.args.map((input): Value => ({ kind: 'input', value: input }))
        : { kind: 'leaf' };
    case 'leaf':
      return null;
  }
}

/**
 * The exact number of fields executing an introspection field (`__schema` or `__type`) would
 * resolve against this schema, counted without building the result, and given up as soon as it
 * passes `budget`. Introspection reads memory only, but nesting `types { fields { type { fields …`
 * multiplies fast; counting exactly lets the standard introspection query through (a few thousand
 * fields) and refuses its exponential cousins after `budget` steps of work.
 */
export function introspectionCost(
  schema: GraphQLSchema,
  field: FieldNode,
  fragments: Fragments,
  variables: Record<string, unknown>,
  budget: number,
): number {
  let count = 0;
  const visitSet = (set: SelectionSetNode, value: Value, opening: Set<string>): void => {
    for (const selection of set.selections) {
      if (count > budget) return;
      if (selection.kind === Kind.FIELD) visitField(selection, value, opening);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visitSet(selection.selectionSet, value, opening);
      else {
        const definition = fragments.get(selection.name.value);
        if (!definition || opening.has(definition.name.value)) continue;
        opening.add(definition.name.value);
        visitSet(definition.selectionSet, value, opening);
        opening.delete(definition.name.value);
      }
    }
  };
  const visitField = (node: FieldNode, parent: Value, opening: Set<string>): void => {
    count += 1;
    if (!node.selectionSet || node.name.value === '__typename') return;
    const resolved = child(schema, parent, node.name.value);
    for (const item of resolved === null ? [] : Array.isArray(resolved) ? resolved : [resolved]) {
      if (count > budget) return;
      visitSet(node.selectionSet, item, opening);
    }
  };

  count += 1;
  if (!field.selectionSet) return count;
  if (field.name.value === '__schema') {
    visitSet(field.selectionSet, { kind: 'schema' }, new Set());
  } else {
    const arg = field.arguments?.find((a) => a.name.value === 'name');
    const name = arg ? valueFromAST(arg.value, GraphQLString, variables) : undefined;
    const type = typeof name === 'string' ? schema.getType(name) : undefined;
    if (type) visitSet(field.selectionSet, { kind: 'type', type }, new Set());
  }
  return count;
}
