import { describe, expect, it } from 'vitest';
import { operationNameAt } from './operation-at';

describe('operationNameAt', () => {
  const text = 'query A { today }\n\nquery B { me { username } }\n';

  it('names the operation under the cursor', () => {
    expect(operationNameAt(text, 3)).toBe('A');
    expect(operationNameAt(text, text.indexOf('me'))).toBe('B');
    expect(operationNameAt(text, text.length)).toBe('B');
  });

  it('needs no name for a single operation or a text that does not parse', () => {
    expect(operationNameAt('{ today }', 2)).toBeUndefined();
    expect(operationNameAt('query A { today ', 2)).toBeUndefined();
  });
});
