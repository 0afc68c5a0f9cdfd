import { describe, expect, it } from 'vitest';
import { describeError } from './describe-error';

describe('describeError', () => {
  const depth = {
    message: 'Độ sâu truy vấn 14 vượt giới hạn 10. / Query depth 14 exceeds the limit of 10.',
    locations: [{ line: 1, column: 1 }],
    extensions: {
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'DEPTH',
      max: 10,
      actual: 14,
      messageVi: 'Độ sâu truy vấn 14 vượt giới hạn 10.',
      messageEn: 'Query depth 14 exceeds the limit of 10.',
    },
  };

  it('shows a limit in the user’s language with its figures', () => {
    expect(describeError(depth, 'vi')).toMatchObject({
      kind: 'limit',
      limit: 'DEPTH',
      actual: 14,
      max: 10,
      message: 'Độ sâu truy vấn 14 vượt giới hạn 10.',
      where: '1:1',
    });
    expect(describeError(depth, 'en').message).toBe('Query depth 14 exceeds the limit of 10.');
  });

  it('keeps graphql-js messages as they are and says where', () => {
    const shown = describeError(
      {
        message: 'Cannot query field "x" on type "Query".',
        locations: [{ line: 2, column: 3 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
      'vi',
    );
    expect(shown).toMatchObject({
      kind: 'validation',
      limit: null,
      message: 'Cannot query field "x" on type "Query".',
      where: '2:3',
    });
  });

  it('names the field of an error in execution', () => {
    const shown = describeError(
      {
        message: 'a / b',
        path: ['unit', 'progress'],
        extensions: { code: 'FORBIDDEN', messageVi: 'a', messageEn: 'b' },
      },
      'en',
    );
    expect(shown).toMatchObject({ kind: 'forbidden', message: 'b', where: 'unit.progress' });
  });
});
