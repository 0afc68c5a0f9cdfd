import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Hostile variants of a mutation's variables, type by type: each variant takes a valid call and
 * changes exactly one argument or input field (or one list) to a value a careless or malicious
 * client could send. Pure: the API fuzz test (tests/api/fuzz-mutations.test.ts) sends them.
 */
export interface Variant {
  mutation: string;
  /** Where the hostile value goes, as in a GraphQL error path: "input.targets[0].target". */
  path: string;
  /** The same path as keys, to put the value into another call's variables (setAt). */
  keys: Key[];
  /** What was put there, e.g. "string:sql-drop", "int:2^53", "list:10000". */
  kind: string;
  variables: Record<string, unknown>;
  /** The hostile value (strings are stripped from the response before looking for leaks). */
  value: unknown;
  /** Sent as is instead of JSON.stringify({ query, variables }): numbers JSON.stringify cannot spell. */
  rawBody?: string;
}

export interface Hostile {
  kind: string;
  value: unknown;
  /** The JSON text to put in the body instead of the value (e.g. 1e309, which parses as Infinity). */
  raw?: string;
}

/** Larger than the 1 MB body limit on its own: the server answers 413 before parsing. */
export const ONE_MB = 1024 * 1024;

const NUMBERS: Hostile[] = [
  { kind: '2^53', value: 2 ** 53 },
  { kind: '-1', value: -1 },
  { kind: '-2^31-1', value: -(2 ** 31) - 1 },
  { kind: '1.5', value: 1.5 },
  { kind: 'nan-string', value: 'NaN' },
  { kind: '1e309-string', value: '1e309' },
  { kind: 'infinity-string', value: 'Infinity' },
  { kind: '1e309-literal', value: Infinity, raw: '1e309' },
];

/** Strings: blank, long, oversize, awkward Unicode, SQL and path fragments. */
export const STRINGS: Hostile[] = [
  { kind: 'empty', value: '' },
  { kind: 'blank', value: '   ' },
  { kind: '100kb', value: 'a'.repeat(100 * 1024) },
  { kind: '1mb', value: 'a'.repeat(ONE_MB + 16) },
  { kind: 'rtl', value: 'Ấp \u202Egnp.exe\u202C \u200Fمرحبا\u200E' },
  { kind: 'emoji', value: '👩‍👩‍👧‍👦 🇻🇳 💯' },
  { kind: 'nul', value: 'a\u0000b' },
  { kind: 'combining', value: `a${'\u0301\u0323'.repeat(40)}` },
  { kind: 'lone-surrogate', value: 'x\uD800y' },
  { kind: 'sql-drop', value: "'; DROP TABLE unit; --" },
  { kind: 'sql-or', value: '1 OR 1=1' },
  { kind: 'path-up', value: '../../etc/passwd' },
  { kind: 'path-code', value: '83/../' },
  { kind: 'path-encoded', value: '%2e%2e%2f' },
];

const DATES: Hostile[] = [
  { kind: 'feb-30', value: '2023-02-30' },
  { kind: 'year-99999', value: '99999-01-01' },
  { kind: 'empty', value: '' },
  { kind: 'datetime', value: '2023-11-14T00:00:00Z' },
];

const BOOLEANS: Hostile[] = [
  { kind: 'string', value: 'true' },
  { kind: 'number', value: 1 },
];

/** Hostile values for one scalar or enum type; throws for a type this table does not know yet. */
export function hostileValues(type: GraphQLInputType): Hostile[] {
  const named = getNamedType(type);
  const tagged = (prefix: string, list: Hostile[]) => list.map((h) => ({ ...h, kind: `${prefix}:${h.kind}` }));
  if (isEnumType(named)) {
    const first = named.getValues()[0]?.name ?? 'X';
    return tagged('enum', [
      { kind: 'unknown', value: 'NOPE' },
      { kind: 'lowercase', value: first.toLowerCase() },
      { kind: 'empty', value: '' },
    ]);
  }
  if (!isScalarType(named)) throw new Error(`not a leaf type: ${named.name}`);
  switch (named.name) {
    case 'Int':
      return tagged('int', NUMBERS);
    case 'Float':
      return tagged('float', NUMBERS);
    case 'String':
    case 'ID':
      return tagged('string', STRINGS);
    case 'Date':
      return tagged('date', DATES);
    case 'Boolean':
      return tagged('boolean', BOOLEANS);
    default:
      throw new Error(`No hostile values for the scalar ${named.name}: add them to tests/support/fuzz-variants.ts.`);
  }
}

/** The document that calls one mutation with all its arguments as variables, selecting only __typename. */
export function mutationDocument(field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection =
    isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation Fuzz${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

export type Key = string | number;

/** A copy of the variables with one value replaced. */
export function setAt(root: Record<string, unknown>, path: Key[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let node: any = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1)!] = value;
  return copy;
}

function pathText(path: Key[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/**
 * Every variant of one mutation's variables: each leaf (present in the baseline or an optional one
 * left out) gets its type's hostile values (the 1 MB string only once); each list is emptied, made
 * 1,000 and 10,000 long, and given a duplicate; input objects are entered where the baseline has them.
 */
export function variantsOf(schema: GraphQLSchema, mutation: string, baseline: Record<string, unknown>): Variant[] {
  const field = schema.getMutationType()?.getFields()[mutation];
  if (!field) throw new Error(`No mutation ${mutation}`);
  const query = mutationDocument(field);
  const out: Variant[] = [];
  // The 1 MB limit holds before any field is read: one oversize string per mutation is enough.
  let oversize = false;
  const emit = (path: Key[], h: Hostile) => {
    if (h.kind === 'string:1mb') {
      if (oversize) return;
      oversize = true;
    }
    const placeholder = '\u0001fuzz-raw\u0001';
    const variables = setAt(baseline, path, h.raw ? placeholder : h.value);
    const rawBody = h.raw
      ? JSON.stringify({ query, variables }).replace(JSON.stringify(placeholder), h.raw)
      : undefined;
    out.push({
      mutation,
      path: pathText(path),
      keys: path,
      kind: h.kind,
      variables,
      value: h.value,
      ...(rawBody ? { rawBody } : {}),
    });
  };
  const walk = (type: GraphQLInputType, value: unknown, path: Key[]) => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const items = Array.isArray(value) ? value : [];
      if (items.length === 0) {
        emit(path, { kind: 'list:empty', value: [] });
        return;
      }
      emit(path, { kind: 'list:empty', value: [] });
      emit(path, { kind: 'list:1000', value: Array.from({ length: 1_000 }, () => items[0]) });
      emit(path, { kind: 'list:10000', value: Array.from({ length: 10_000 }, () => items[0]) });
      emit(path, { kind: 'list:duplicate', value: [...items, items[0]] });
      walk(nullable.ofType as GraphQLInputType, items[0], [...path, 0]);
      return;
    }
    if (isInputObjectType(nullable)) {
      if (value === undefined || value === null) return;
      for (const f of Object.values(nullable.getFields()))
        walk(f.type, (value as Record<string, unknown>)[f.name], [...path, f.name]);
      return;
    }
    for (const h of hostileValues(type)) emit(path, h);
  };
  for (const arg of field.args) walk(arg.type, baseline[arg.name], [arg.name]);
  return out;
}

/** The body a variant is sent with. */
export function bodyOf(schema: GraphQLSchema, variant: Variant): string {
  if (variant.rawBody) return variant.rawBody;
  const field = schema.getMutationType()!.getFields()[variant.mutation]!;
  return JSON.stringify({ query: mutationDocument(field), variables: variant.variables });
}
