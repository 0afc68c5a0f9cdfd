import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { StorageError } from '../db/storage';
import { formatError } from './apollo';
import { storageErrorOf, storageUserError, userMessage } from './storage-errors';

describe("the storage layer's errors at the edge", () => {
  it('answers each kind with its code and a message in both languages', () => {
    const codes = (['full', 'read-only', 'io-error', 'busy'] as const).map(
      (kind) => storageUserError(new StorageError(kind)).extensions.code,
    );
    expect(codes).toEqual(['STORAGE_FULL', 'STORAGE_READ_ONLY', 'STORAGE_UNAVAILABLE', 'SERVER_BUSY']);
    const full = storageUserError(new StorageError('full'));
    expect(full.message).toBe(`${full.extensions.messageVi} / ${full.extensions.messageEn}`);
    expect(full.extensions.messageEn).toContain('out of storage');
  });

  it("finds one wrapped by GraphQL, as a resolver's error comes", () => {
    const storage = new StorageError('read-only', { cause: new Error('attempt to write a readonly database') });
    const wrapped = new GraphQLError(storage.message, { originalError: storage, path: ['recordTallies'] });
    expect(storageErrorOf(wrapped)).toBe(storage);
    expect(storageErrorOf(new GraphQLError('other'))).toBeNull();
    const formatted = formatError(wrapped.toJSON(), wrapped);
    expect(formatted).toEqual({
      message: `${storageUserError(storage).extensions.messageVi} / ${storageUserError(storage).extensions.messageEn}`,
      path: ['recordTallies'],
      extensions: { code: 'STORAGE_READ_ONLY', messageVi: expect.any(String), messageEn: expect.any(String) },
    });
    expect(JSON.stringify(formatted)).not.toMatch(/readonly database/);
  });

  it('tells an operator at a terminal the same message', () => {
    expect(userMessage(new StorageError('full'))).toBe(storageUserError(new StorageError('full')).message);
    expect(userMessage(new Error('boom'))).toBe('boom');
  });
});
