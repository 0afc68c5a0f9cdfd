import { describe, expect, it } from 'vitest';
import { checkSavedQuery, SAVED_QUERY_LIMITS } from './saved-queries';

describe('checkSavedQuery', () => {
  it('accepts a named query, with or without description and variables', () => {
    expect(checkSavedQuery({ name: 'Huyện xếp hạng', description: '', query: '{ today }', variables: null })).toEqual(
      [],
    );
    expect(checkSavedQuery({ name: 'x', query: '{ today }', variables: '{ "a": 1 } // ghi chú' })).toEqual([]);
  });

  it('checks only the fields given (an update may change one)', () => {
    expect(checkSavedQuery({ description: 'mới' })).toEqual([]);
  });

  it('refuses an empty name or query and oversized fields, naming each', () => {
    const problems = checkSavedQuery({
      name: '   ',
      query: ' ',
      description: 'd'.repeat(SAVED_QUERY_LIMITS.description + 1),
      variables: 'v'.repeat(SAVED_QUERY_LIMITS.variables + 1),
    });
    expect(problems.map((p) => p.field)).toEqual(['name', 'description', 'query', 'variables']);
    expect(checkSavedQuery({ name: 'n'.repeat(SAVED_QUERY_LIMITS.name + 1) })[0]?.messageEn).toMatch(/1 to 120/);
    expect(checkSavedQuery({ query: 'q'.repeat(SAVED_QUERY_LIMITS.query + 1) })[0]?.messageVi).toMatch(/tối đa/);
  });
});
