import { describe, expect, it } from 'vitest';
import { parse, validate, specifiedRules, type OperationDefinitionNode } from 'graphql';
import { aliasCount, aliasLimitRule } from './aliases';
import { operationDepth, depthLimitRule } from './depth';
import { directiveCount, directiveLimitRule } from './directives';
import { oncePerRequestRule } from './once-per-request';
import { fragmentsOf } from '../../core/selections';
import { TEST_SCHEMA } from './test-schema';

function op(text: string) {
  const document = parse(text);
  return {
    operation: document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode,
    fragments: fragmentsOf(document),
    document,
  };
}

function errors(text: string, rule: ReturnType<typeof depthLimitRule>) {
  return validate(TEST_SCHEMA, parse(text), [...specifiedRules, rule]).map((e) => ({
    message: e.message,
    extensions: e.extensions,
  }));
}

const nested = (n: number) => `{ unit(code: "83") { ${'parent { '.repeat(n)}code${' }'.repeat(n)} } }`;

describe('depth', () => {
  it('counts the deepest path of fields, fragments opened', () => {
    const { operation, fragments } = op(
      `{ unit(code: "83") { ...F } } fragment F on Unit { children { progress(campaign: "x") { target } } }`,
    );
    expect(operationDepth(operation, fragments)).toEqual({ data: 4, all: 4 });
  });

  it('refuses past the limit with both languages and the figures', () => {
    expect(errors(nested(3), depthLimitRule(10))).toEqual([]);
    const [error] = errors(nested(12), depthLimitRule(10));
    expect(error?.message).toBe('Độ sâu truy vấn 14 vượt giới hạn 10. / Query depth 14 exceeds the limit of 10.');
    expect(error?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'DEPTH', max: 10, actual: 14 });
  });

  it('gives introspection its own limit', () => {
    const deep = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }`;
    const { operation, fragments } = op(deep);
    expect(operationDepth(operation, fragments)).toEqual({ data: 1, all: 13 });
    expect(errors(deep, depthLimitRule(10, 20))).toEqual([]);
    expect(errors(deep, depthLimitRule(10, 12))[0]?.extensions).toMatchObject({
      limit: 'INTROSPECTION_DEPTH',
      actual: 13,
      max: 12,
    });
  });
});

describe('aliases', () => {
  it('counts aliases, a fragment as often as it is spread', () => {
    const { operation, fragments } = op(
      `{ a: today b: today ...F ...F } fragment F on Query { c: today d: unit(code: "1") { e: code } }`,
    );
    expect(aliasCount(operation, fragments)).toBe(2 + 2 * 3);
  });

  it('refuses past the limit', () => {
    const many = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: today`).join(' ')} }`;
    const [error] = errors(many, aliasLimitRule(30));
    expect(error?.message).toBe(
      'Truy vấn dùng 31 bí danh (alias), vượt giới hạn 30. / The query uses 31 aliases, over the limit of 30.',
    );
    expect(errors('{ a: today }', aliasLimitRule(30))).toEqual([]);
  });
});

describe('directives', () => {
  it('counts directives on fields, fragments and spreads, each spread opened', () => {
    const { operation, fragments } = op(
      `query ($x: Boolean!) { today @skip(if: $x) ...F @include(if: true) ... @include(if: $x) { today } } fragment F on Query { t: today @include(if: $x) }`,
    );
    expect(directiveCount(operation, fragments)).toBe(4);
  });

  it('refuses past the limit', () => {
    const many = `{ ${Array.from({ length: 21 }, () => 'today @include(if: true)').join(' ')} }`;
    expect(errors(many, directiveLimitRule(20))[0]?.extensions).toMatchObject({
      limit: 'DIRECTIVES',
      actual: 21,
      max: 20,
    });
  });
});

describe('once per request', () => {
  it('refuses two logins in one request, aliased or through fragments', () => {
    const rule = oncePerRequestRule(['login']);
    expect(errors('mutation { login(username: "a", password: "b") }', rule)).toEqual([]);
    const aliased = errors(
      'mutation { a: login(username: "a", password: "b") b: login(username: "a", password: "c") }',
      rule,
    );
    expect(aliased[0]?.message).toContain('"login" may appear once per request; this one has it 2 times.');
    const spread = errors(
      'mutation { ...L ...L } fragment L on Mutation { login(username: "a", password: "b") }',
      rule,
    );
    expect(spread[0]?.extensions).toMatchObject({ limit: 'ONCE_PER_REQUEST', actual: 2 });
  });
});

describe('measuring', () => {
  it('is linear in the document, whatever a fragment bomb multiplies to', () => {
    const levels = 60;
    const fragmentsText = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'a: today'} }`,
    ).join('\n');
    const { operation, fragments } = op(`{ ...F0 } ${fragmentsText}`);
    const started = performance.now();
    expect(aliasCount(operation, fragments)).toBe(2 ** (levels - 1));
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('survives a fragment cycle (graphql-js reports it)', () => {
    const { operation, fragments } = op(`{ ...A } fragment A on Query { a: today ...B } fragment B on Query { ...A }`);
    expect(aliasCount(operation, fragments)).toBe(1);
  });
});
