import { describe, expect, it } from 'vitest';
import { parse, type OperationDefinitionNode } from 'graphql';
import { fragmentsOf } from '../../core/selections';
import { INTROSPECTION_ROLES, selectsIntrospection } from './introspection-guard';

function introspects(text: string, operationName?: string): boolean {
  const document = parse(text);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName),
  );
  return selectsIntrospection(operation!, fragmentsOf(document));
}

describe('which operations read the schema', () => {
  it('finds __schema and __type, however they are hidden', () => {
    expect(introspects('{ __schema { queryType { name } } }')).toBe(true);
    expect(introspects('{ today t: __type(name: "Unit") { name } }')).toBe(true);
    expect(introspects('{ ... on Query { __schema { types { name } } } }')).toBe(true);
    expect(
      introspects('query { ...A } fragment A on Query { ...B } fragment B on Query { __type(name: "Unit") { name } }'),
    ).toBe(true);
  });

  it('lets __typename and ordinary fields through', () => {
    expect(introspects('{ __typename today units(level: DISTRICT) { __typename totalCount } }')).toBe(false);
    expect(introspects('mutation { __typename logout }')).toBe(false);
  });

  it('looks only at the operation that runs', () => {
    const document = 'query A { today } query B { __schema { queryType { name } } }';
    expect(introspects(document, 'A')).toBe(false);
    expect(introspects(document, 'B')).toBe(true);
  });

  it('is open to analysts and admins, not to officials', () => {
    expect([...INTROSPECTION_ROLES].sort()).toEqual(['ADMIN', 'ANALYST']);
  });
});
