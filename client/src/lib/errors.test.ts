import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { isNetworkFailure, localizedErrorMessage } from './errors';

describe('errors a user reads', () => {
  it('says a lost connection in the user’s language, not the browser’s English', () => {
    const offline = new TypeError('Failed to fetch');
    expect(isNetworkFailure(offline)).toBe(true);
    expect(localizedErrorMessage(offline, 'vi')).toMatch(/^Không kết nối được máy chủ/);
    expect(localizedErrorMessage(offline, 'en')).toMatch(/^Cannot reach the server/);
  });

  it('leaves the server’s own answers and other failures as they are', () => {
    const refused = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'x / y',
          extensions: { code: 'FORBIDDEN', messageVi: 'Không được phép.', messageEn: 'Not allowed.' },
        },
      ],
    });
    expect(isNetworkFailure(refused)).toBe(false);
    expect(localizedErrorMessage(refused, 'en')).toBe('Not allowed.');
    expect(isNetworkFailure(new Error('No data'))).toBe(false);
  });
});
