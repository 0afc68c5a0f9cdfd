import { describe, expect, it } from 'vitest';
import { optionalText, optionalTextChange } from './optional-text';

const BLANKS = ['', '   ', '\n\t ', '\u00a0\u3000'];

describe('optionalText', () => {
  it('reads a missing or blank text as none: null, or the none it is given', () => {
    for (const blank of [null, undefined, ...BLANKS]) {
      expect(optionalText(blank)).toBeNull();
      expect(optionalText(blank, '')).toBe('');
    }
  });

  it('keeps any other text exactly as sent, spaces around it included', () => {
    for (const text of ['Tóm tắt', '  Nội dung  ', "'; DROP TABLE unit; --", '0', 'x\n']) {
      expect(optionalText(text)).toBe(text);
      expect(optionalText(text, '')).toBe(text);
    }
  });
});

describe('optionalTextChange', () => {
  it('keeps a field that is not given', () => {
    expect(optionalTextChange(undefined)).toBeUndefined();
    expect(optionalTextChange(null, '')).toBeUndefined();
  });

  it('clears a field given blank, and sets one given text as sent', () => {
    for (const blank of BLANKS) {
      expect(optionalTextChange(blank)).toBeNull();
      expect(optionalTextChange(blank, '')).toBe('');
    }
    expect(optionalTextChange(' Mô tả ')).toBe(' Mô tả ');
  });
});
