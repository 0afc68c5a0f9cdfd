import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** A field the query asks of every item of a list, with one set of its arguments (a field asked twice under aliases appears twice). */
export interface AskedField {
  name: string;
  args: Record<string, unknown>;
}

/**
 * The fields the query asks of the items of the list field being resolved (through fragments),
 * with their arguments, so the resolver can read them for the whole list before returning it.
 * Only a guide for reading ahead: a field under @skip or @include is left out (it will be read
 * when asked), and anything the look-ahead cannot make out is read when asked too.
 */
export function itemFieldsAsked(info: GraphQLResolveInfo): AskedField[] {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return [];
  const fields = type.getFields();
  const asked: AskedField[] = [];
  const opened = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.directives?.length) continue;
      if (selection.kind === Kind.FIELD) {
        const field = fields[selection.name.value];
        if (!field) continue;
        try {
          asked.push({ name: field.name, args: getArgumentValues(field, selection, info.variableValues) });
        } catch {
          // arguments graphql-js will refuse when it runs the field: nothing to read ahead
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || selection.typeCondition.name.value === type.name) visit(selection.selectionSet);
      } else if (!opened.has(selection.name.value)) {
        opened.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment?.typeCondition.name.value === type.name) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return asked;
}
