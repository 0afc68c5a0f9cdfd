import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  typeFromAST,
  valueFromAST,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { introspectionCost } from './introspection-cost';
import type { Fragments } from '../../core/selections';

/**
 * What the estimate may ask of the data: how many units a list over a subtree would read (the
 * units of `level` at or below `parent`, both as the field's arguments give them). Without it (a
 * check with no database) every subtree counts as the largest one allowed.
 */
export interface CostContext {
  unitsBelow(parent: unknown, level: unknown): number;
  /**
   * How many units are exactly `depth` levels below the unit of `code` (0: the unit itself, 1 if
   * it exists): what `children` nested `depth` times under `unit(code:)` returns in all.
   */
  unitsAtDepth(code: string, depth: number): number;
}

/** What a field costs beyond the default (1, and a list of `first` or 100 items). */
export interface CostHint {
  /** The field's own cost (about 10 µs each), or its cost given its arguments and the data. */
  cost?: number | ((args: Record<string, unknown>, context: CostContext) => number);
  /** How many items a list returns at most, or how many given its arguments. */
  items?: number | ((args: Record<string, unknown>) => number | undefined);
  /** What reading each item of a list costs beyond its selection (a row). */
  perItem?: number;
  /** The field returns the unit its arguments name (`unit(code:)`): the code, or null if they do not. */
  opensUnit?: (args: Record<string, unknown>) => string | null;
  /**
   * The list is the children of its parent object: below a unit `opensUnit` named, it is sized by
   * the real subtree (context.unitsAtDepth), `first` per parent at most; elsewhere by `items`.
   */
  childrenOfParent?: boolean;
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

/**
 * The units the objects of a selection stand for, when known: every unit `depth` levels below the
 * unit of `code`, `count` of them at most (fewer when a `first` cut the lists above).
 */
interface UnitSet {
  code: string;
  depth: number;
  count: number;
}

const unitSetKey = (units: UnitSet | null) => (units ? `${units.code}/${units.depth}/${units.count}` : '');

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

function argumentValues(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
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
  return (
    hints[`${parent.name}.${field.name}`] ?? {
      cost: typeof own?.cost === 'number' ? own.cost : undefined,
      items: typeof own?.maxItems === 'number' ? own.maxItems : undefined,
    }
  );
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
 * bound, else the `first` of the connection it is the `nodes` of, else the maximum page size;
 * `children` below `unit(code:)` by the real size of the subtree, level by level (the lists of all
 * parents at one level together, so `unit { children { children } }` costs its real grandchildren).
 * `__typename` is free; introspection is counted exactly (introspection-cost.ts), a few fields a
 * unit. Fragments are
 * measured once per (fragment, inherited page size): linear in the document, whatever it spreads.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Fragments,
  rawVariables: Record<string, unknown>,
  options: CostOptions,
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

  const selectionCost = (
    set: SelectionSetNode,
    parent: GraphQLCompositeType,
    inherited: number | null,
    units: UnitSet | null,
  ): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) total += fieldCost(selection, parent, inherited, units);
      else {
        const definition = selection.kind === Kind.INLINE_FRAGMENT ? null : fragments.get(selection.name.value);
        const condition = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition : definition?.typeCondition;
        const typed = condition ? schema.getType(condition.name.value) : parent;
        const type = typed && isCompositeType(typed) ? typed : parent;
        if (selection.kind === Kind.INLINE_FRAGMENT)
          total += selectionCost(selection.selectionSet, type, inherited, units);
        else if (definition) {
          const key = `${definition.name.value}|${inherited}|${unitSetKey(units)}`;
          if (!memo.has(key)) {
            memo.set(key, 0); // a cycle counts nothing (graphql-js refuses it)
            memo.set(key, selectionCost(definition.selectionSet, type, inherited, units));
          }
          total += memo.get(key)!;
        }
      }
    }
    return total;
  };

  /** The cost of a field for one object of its parent (a fraction when the parents' lists differ in size). */
  const fieldCost = (
    node: FieldNode,
    parent: GraphQLCompositeType,
    inherited: number | null,
    units: UnitSet | null,
  ): number => {
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
    const perItem = hint.perItem ?? 0;
    if (isListType(getNullableType(field.type))) {
      if (hint.childrenOfParent && units) {
        // All the parents' lists together: the units one level further down, or `first` of each.
        const below = options.context.unitsAtDepth(units.code, units.depth + 1);
        const count = pageSize === undefined ? below : Math.min(below, pageSize * units.count);
        const children = { code: units.code, depth: units.depth + 1, count };
        return (
          own +
          (units.count > 0 ? count / units.count : 0) *
            (perItem + selectionCost(node.selectionSet, named, null, children))
        );
      }
      const items = pageSize ?? itemsOf(hint, args) ?? inherited ?? options.defaultItems;
      return own + items * (perItem + selectionCost(node.selectionSet, named, null, null));
    }
    const code = hint.opensUnit?.(args) ?? null;
    // A connection: its `first` (or default page) is the size of the list inside it (`nodes`).
    const passDown = hasFirst ? (pageSize ?? itemsOf(hint, args) ?? options.defaultItems) : null;
    return own + selectionCost(node.selectionSet, named, passDown, code === null ? null : { code, depth: 0, count: 1 });
  };

  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, atLeast };
  // Fractions of parents add up to whole units: rounded up, past the float error of the sums.
  const cost = Math.max(0, Math.ceil(selectionCost(operation.selectionSet, root, null, null) - 1e-6));
  return Number.isFinite(cost) && cost <= Number.MAX_SAFE_INTEGER
    ? { cost, atLeast }
    : { cost: Number.MAX_SAFE_INTEGER, atLeast: true };
}
