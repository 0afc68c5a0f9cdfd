import {
  getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType, Kind, typeFromAST, valueFromAST,
  type FieldNode, type GraphQLCompositeType, type GraphQLField, type GraphQLInputType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { introspectionCost } from './introspection-cost';
import type { Fragments } from './selections';

/**
 * What the estimate may ask of the data: how many units a list over a subtree would read (the
 * units of `level` at or below `parent`, both as the field's arguments give them). Without it (a
 * check with no database) every subtree counts as the largest one allowed.
 */
export interface CostContext {
  unitsBelow(parent: unknown, level: unknown): number;
}

/** What a field costs beyond the default (1, and a list of `first` or 100 items). */
export interface CostHint {
  /** The field's own cost (about 10 µs each), or its cost given its arguments and the data. */
  cost?: number | ((args: Record<string, unknown>, context: CostContext) => number);
  /** How many items a list returns at most, or how many given its arguments. */
  items?: number | ((args: Record<string, unknown>) => number | undefined);
}

/** Hints by "Type.field". A field may also carry them itself: @Extensions({ cost, maxItems }). */
export type CostHints = Readonly<Record<string, CostHint>>;

export interface CostOptions {
  hints: CostHints;
  /** Items of a list whose size nothing else tells: the hard maximum page size. */
  defaultItems: number;
  /** Introspection is counted exactly; counting stops past this many fields. */
  budget: number;
  /** Introspection fields per cost unit: they read memory only (about 3 µs each). */
  introspectionFieldsPerUnit: number;
  context: CostContext;
}

export interface Cost {
  cost: number;
  /** Counting stopped early (an introspection bomb): the real cost is higher. */
  atLeast: boolean;
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

function argumentValues(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const arg of field.args) {
    const given = node.arguments?.find((a) => a.name.value === arg.name);
    const value = given ? valueFromAST(given.value, arg.type, variables) : undefined;
    out[arg.name] = value === undefined ? arg.defaultValue : value;
  }
  return out;
}

function hintOf(hints: CostHints, parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): CostHint {
  const own = field.extensions as { cost?: unknown; maxItems?: unknown } | undefined;
  return hints[`${parent.name}.${field.name}`] ?? {
    cost: typeof own?.cost === 'number' ? own.cost : undefined,
    items: typeof own?.maxItems === 'number' ? own.maxItems : undefined,
  };
}

function ownCost(hint: CostHint, args: Record<string, unknown>, context: CostContext): number {
  return typeof hint.cost === 'function' ? hint.cost(args, context) : (hint.cost ?? 1);
}

function itemsOf(hint: CostHint, args: Record<string, unknown>): number | undefined {
  return typeof hint.items === 'function' ? hint.items(args) : hint.items;
}

/**
 * The estimated cost of running an operation, before it runs, in units of about 10 µs of server
 * time (measured: tests/bench/worst-query.mjs): every field costs 1 (or its hint);
 * a list multiplies the cost of its selection by its size: its `first` argument, else its known
 * bound, else the `first` of the connection it is the `nodes` of, else the maximum page size.
 * `__typename` is free; introspection is counted exactly (introspection-cost.ts), a few fields a
 * unit. Fragments are
 * measured once per (fragment, inherited page size): linear in the document, whatever it spreads.
 */
export function operationCost(
  schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Fragments, rawVariables: Record<string, unknown>, options: CostOptions,
): Cost {
  const variables = { ...rawVariables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] !== undefined || !definition.defaultValue) continue;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type) variables[name] = valueFromAST(definition.defaultValue, type);
  }
  let atLeast = false;
  let introspected = 0;
  const memo = new Map<string, number>();

  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType, inherited: number | null): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) total += fieldCost(selection, parent, inherited);
      else {
        const definition = selection.kind === Kind.INLINE_FRAGMENT ? null : fragments.get(selection.name.value);
        const condition = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition : definition?.typeCondition;
        const typed = condition ? schema.getType(condition.name.value) : parent;
        const type = typed && isCompositeType(typed) ? typed : parent;
        if (selection.kind === Kind.INLINE_FRAGMENT) total += selectionCost(selection.selectionSet, type, inherited);
        else if (definition) {
          const key = `${definition.name.value}|${inherited}`;
          if (!memo.has(key)) {
            memo.set(key, 0); // a cycle counts nothing (graphql-js refuses it)
            memo.set(key, selectionCost(definition.selectionSet, type, inherited));
          }
          total += memo.get(key)!;
        }
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType, inherited: number | null): number => {
    const name = node.name.value;
    if (name === '__typename') return 0;
    if (INTROSPECTION_ROOTS.has(name)) {
      // One budget for all introspection fields of the operation, however many aliases ask.
      const left = Math.max(0, options.budget - introspected);
      const counted = introspectionCost(schema, node, fragments, variables, left);
      if (counted > left) atLeast = true;
      introspected += counted;
      return Math.ceil(counted / options.introspectionFieldsPerUnit);
    }
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    if (!field) return 1;
    const hint = hintOf(options.hints, parent, field);
    const args = argumentValues(field, node, variables);
    const own = ownCost(hint, args, options.context);
    if (!node.selectionSet) return own;
    const hasFirst = field.args.some((a) => a.name === 'first');
    const pageSize = hasFirst && typeof args.first === 'number' ? Math.max(0, args.first) : undefined;
    const named = getNamedType(field.type) as GraphQLCompositeType;
    if (isListType(getNullableType(field.type))) {
      const items = pageSize ?? itemsOf(hint, args) ?? inherited ?? options.defaultItems;
      return own + items * selectionCost(node.selectionSet, named, null);
    }
    // A connection: its `first` (or default page) is the size of the list inside it (`nodes`).
    const passDown = hasFirst ? (pageSize ?? itemsOf(hint, args) ?? options.defaultItems) : null;
    return own + selectionCost(node.selectionSet, named, passDown);
  };

  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, atLeast };
  const cost = selectionCost(operation.selectionSet, root, null);
  return Number.isFinite(cost) && cost <= Number.MAX_SAFE_INTEGER ? { cost, atLeast } : { cost: Number.MAX_SAFE_INTEGER, atLeast: true };
}
