import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { execute, getIntrospectionQuery, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { buildAppSchema } from '../schema';
import { operationCost, type CostContext, type CostHints } from './cost';
import { introspectionCost } from './introspection-cost';
import { fragmentsOf } from '../../core/selections';
import { TEST_SCHEMA } from './test-schema';

const OPTIONS = {
  hints: {} as CostHints,
  defaultItems: 100,
  budget: 1_000_000,
  introspectionFieldsPerUnit: 1,
  context: { unitsBelow: () => 1000, unitsAtDepth: (_code, depth) => 100 ** depth } as CostContext,
};

function cost(
  text: string,
  variables: Record<string, unknown> = {},
  options = OPTIONS,
  schema: GraphQLSchema = TEST_SCHEMA,
) {
  const document = parse(text);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return operationCost(schema, operation, fragmentsOf(document), variables, options).cost;
}

/** How many fields an execution resolved: every key of every object in its result. */
function resolvedFields(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + resolvedFields(v), 0);
  if (value && typeof value === 'object')
    return Object.values(value).reduce((n: number, v) => n + 1 + resolvedFields(v), 0);
  return 0;
}

describe('operationCost', () => {
  it('counts every field once, __typename free', () => {
    expect(cost('{ today __typename unit(code: "1") { code name parent { code } } }')).toBe(1 + 1 + 2 + 2);
  });

  it("multiplies a connection's nodes by `first`, literal, variable or default", () => {
    expect(cost('{ units(first: 10) { totalCount nodes { code name } } }')).toBe(1 + 1 + 1 + 10 * 2);
    expect(cost('query ($n: Int) { units(first: $n) { nodes { code } } }', { n: 7 })).toBe(1 + 1 + 7);
    expect(cost('query ($n: Int = 3) { units(first: $n) { nodes { code } } }')).toBe(1 + 1 + 3);
    expect(cost('{ units { nodes { code } } }')).toBe(1 + 1 + 100);
    expect(cost('{ units { nodes { code } } }', {}, { ...OPTIONS, hints: { 'Query.units': { items: 20 } } })).toBe(
      1 + 1 + 20,
    );
  });

  it('multiplies nested lists: children of children by their bound', () => {
    const hints: CostHints = { 'Unit.children': { items: 30 } };
    expect(cost('{ unit(code: "1") { children { children { code } } } }', {}, { ...OPTIONS, hints })).toBe(
      1 + 1 + 30 * (1 + 30 * 1),
    );
    expect(cost('{ unit(code: "1") { shortfalls(first: 5) { code } } }')).toBe(1 + 1 + 5);
  });

  it('counts children below a named unit by the real subtree, level by level, `first` of each at most', () => {
    // A province of 9 districts, 157 communes, 1,173 hamlets.
    const sizes = [1, 9, 157, 1173];
    const asked: Array<[string, number]> = [];
    const context: CostContext = {
      unitsBelow: () => 1000,
      unitsAtDepth: (code, depth) => (asked.push([code, depth]), sizes[depth] ?? 0),
    };
    const hints: CostHints = {
      'Query.unit': { opensUnit: (args) => String(args.code) },
      'Unit.children': { items: 100, perItem: 1, childrenOfParent: true },
      'Unit.progress': { cost: 6 },
    };
    const options = { ...OPTIONS, hints, context };
    // unit, children, each district (1 + code + progress 6 + target), children of each, each commune (1 + code).
    expect(
      cost(
        '{ unit(code: "83") { children { code progress(campaign: "c") { target } children { code } } } }',
        {},
        options,
      ),
    ).toBe(1 + 1 + 9 * (1 + 1 + 7 + 1) + 157 * 2);
    expect(asked).toContainEqual(['83', 2]);
    // `first` caps each parent's list: 9 districts × 5 communes at most.
    expect(cost('{ unit(code: "83") { children { children(first: 5) { code } } } }', {}, options)).toBe(
      1 + 1 + 9 * (1 + 1) + 45 * 2,
    );
    // The same fields through a fragment cost the same.
    expect(
      cost('{ unit(code: "83") { children { ...C } } } fragment C on Unit { children { code } }', {}, options),
    ).toBe(1 + 1 + 9 * 2 + 157 * 2);
    // Below a list of units whose parents are not named, each list is as long as the bound.
    expect(cost('{ units(first: 2) { nodes { children { code } } } }', {}, options)).toBe(1 + 1 + 2 * (1 + 100 * 2));
    expect(cost('{ unit(code: "83") { parent { children { code } } } }', {}, options)).toBe(1 + 1 + 1 + 100 * 2);
  });

  it("takes a field's own cost, fixed or from its arguments, and the fragments' types", () => {
    const hints: CostHints = {
      'Unit.progress': { cost: 4 },
      'Query.units': { cost: (args) => (args.search ? 500 : 50), items: 20 },
    };
    expect(
      cost(
        '{ unit(code: "1") { ...P } } fragment P on Unit { progress(campaign: "c") { target } }',
        {},
        { ...OPTIONS, hints },
      ),
    ).toBe(1 + 4 + 1);
    expect(cost('{ units(search: "x", first: 1) { totalCount } }', {}, { ...OPTIONS, hints })).toBe(500 + 1);
    expect(cost('{ units(first: 1) { totalCount } }', {}, { ...OPTIONS, hints })).toBe(50 + 1);
  });

  it('asks the data how large a subtree a list would read', () => {
    const asked: unknown[] = [];
    const hints: CostHints = { 'Query.units': { cost: (args, context) => context.unitsBelow(args.search, null) } };
    const context: CostContext = {
      unitsBelow: (parent: unknown) => {
        asked.push(parent);
        return parent === 'big' ? 3000 : 12;
      },
      unitsAtDepth: () => 0,
    };
    expect(
      cost(
        'query ($s: String) { units(search: $s, first: 1) { totalCount } }',
        { s: 'small' },
        { ...OPTIONS, hints, context },
      ),
    ).toBe(12 + 1);
    expect(cost('{ units(search: "big", first: 1) { totalCount } }', {}, { ...OPTIONS, hints, context })).toBe(
      3000 + 1,
    );
    expect(asked).toEqual(['small', 'big']);
  });

  it("reuses a fragment's cost: a fragment bomb is refused without being walked out", () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'today'} }`,
    ).join('\n');
    const started = performance.now();
    expect(cost(`{ ...F0 } ${fragments}`)).toBe(2 ** (levels - 1));
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('says a bomb of lists is over any limit without overflowing', () => {
    const deep = `{ unit(code: "1") { ${'children { '.repeat(12)}code${' }'.repeat(12)} } }`;
    const document = parse(deep);
    const result = operationCost(
      TEST_SCHEMA,
      document.definitions[0] as OperationDefinitionNode,
      fragmentsOf(document),
      {},
      OPTIONS,
    );
    expect(result).toEqual({ cost: Number.MAX_SAFE_INTEGER, atLeast: true });
  });
});

describe('introspection cost', () => {
  it('is exactly the number of fields the standard introspection query resolves', async () => {
    const schema = await buildAppSchema();
    const document = parse(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
    );
    const operation = document.definitions[0] as OperationDefinitionNode;
    const field = operation.selectionSet.selections[0]!;
    if (field.kind !== 'Field') throw new Error('expected __schema');
    const result = await execute({ schema, document });
    expect(introspectionCost(schema, field, fragmentsOf(document), {}, 1e9)).toBe(resolvedFields(result.data));
  });

  it('counts __type by its name, and stops counting past the budget', () => {
    const document = parse('{ __type(name: "Unit") { name fields { name type { name ofType { name } } } } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    const field = operation.selectionSet.selections[0]!;
    if (field.kind !== 'Field') throw new Error('expected __type');
    const exact = resolvedFields((execute({ schema: TEST_SCHEMA, document }) as { data: unknown }).data);
    const counted = introspectionCost(TEST_SCHEMA, field, fragmentsOf(document), {}, 1e9);
    expect(counted).toBe(exact);
    expect(introspectionCost(TEST_SCHEMA, field, fragmentsOf(document), {}, 5)).toBeLessThan(counted);
  });

  it('shares one budget among aliased introspection fields and says the count is a floor', () => {
    const document = parse(
      `{ ${Array.from({ length: 10 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ')} }`,
    );
    const operation = document.definitions[0] as OperationDefinitionNode;
    const result = operationCost(
      TEST_SCHEMA,
      operation,
      fragmentsOf(document),
      {},
      { ...OPTIONS, budget: 50, introspectionFieldsPerUnit: 1 },
    );
    expect(result.atLeast).toBe(true);
    expect(result.cost).toBeLessThan(200);
  });
});
