import { describe, expect, it } from 'vitest';
import { parse, type OperationDefinitionNode } from 'graphql';
import { fragmentsOf } from '../../core/selections';
import { ANALYST_ALLOWED_MUTATIONS, refusedForAnalyst } from './analyst-guard';

function refused(text: string): string[] {
  const document = parse(text);
  return refusedForAnalyst(
    document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode,
    fragmentsOf(document),
  );
}

describe('what an analyst may not call', () => {
  it('lets queries and the allowed mutations through', () => {
    expect(refused('{ ranking(campaign: "x") { totalCount } }')).toEqual([]);
    expect(
      refused('mutation { logout saveQuery(input: { name: "a", query: "{ today }" }) { id } __typename }'),
    ).toEqual([]);
    expect([...ANALYST_ALLOWED_MUTATIONS]).toEqual(
      expect.arrayContaining(['login', 'logout', 'changeMyPassword', 'saveQuery', 'copySavedQuery']),
    );
  });

  it('names every other mutation, however it is hidden', () => {
    expect(refused('mutation { logout x: recordTallies(input: {}) { saved } }')).toEqual(['recordTallies']);
    expect(
      refused(
        'mutation { ...M ... on Mutation { assignTargets(input: {}) { version } } } fragment M on Mutation { createUser(input: {}) { username } }',
      ),
    ).toEqual(['createUser', 'assignTargets']);
    // A mutation added tomorrow is refused without anyone listing it.
    expect(refused('mutation { somethingNew }')).toEqual(['somethingNew']);
  });
});
