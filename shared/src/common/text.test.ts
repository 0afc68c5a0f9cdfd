import { describe, expect, it } from 'vitest';
import { findTextFault, textFault } from './text';

describe('text a user can type', () => {
  it('accepts any language, emoji, marks and line breaks', () => {
    for (const ok of ['Ấp Tân Xuân', 'مرحبا \u200F', '👩‍👩‍👧‍👦 🇻🇳', `a${'\u0301'.repeat(20)}`, 'dòng 1\r\ndòng 2\tcột', "'; DROP TABLE unit; --", '']) {
      expect(textFault(ok), JSON.stringify(ok)).toBeNull();
    }
  });

  it('refuses control characters and half a surrogate pair', () => {
    expect(textFault('a\u0000b')).toBe('control');
    expect(textFault('\u001B[31m')).toBe('control');
    expect(textFault('x\uD800y')).toBe('broken-unicode');
    expect(textFault('\uDC00')).toBe('broken-unicode');
    expect(textFault('😀'.slice(0, 1))).toBe('broken-unicode');
  });

  it('says where in the variables the bad text is', () => {
    expect(findTextFault({ input: { tasks: [{ title: 'ok' }, { title: 'a\u0000' }] } })).toEqual({ path: 'input.tasks[1].title', fault: 'control' });
    expect(findTextFault({ input: { n: 5, ok: true, list: ['a', 'b'] } })).toBeNull();
  });
});
