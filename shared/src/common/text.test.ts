import { describe, expect, it } from 'vitest';
import { findTextFault, MAX_VALUE_NESTING, textFault } from './text';

describe('text a user can type', () => {
  it('accepts any language, emoji, marks and line breaks', () => {
    for (const ok of [
      'Ấp Tân Xuân',
      'مرحبا \u200F',
      '👩‍👩‍👧‍👦 🇻🇳',
      `a${'\u0301'.repeat(20)}`,
      'dòng 1\r\ndòng 2\tcột',
      "'; DROP TABLE unit; --",
      '',
    ]) {
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
    expect(findTextFault({ input: { tasks: [{ title: 'ok' }, { title: 'a\u0000' }] } })).toEqual({
      path: 'input.tasks[1].title',
      fault: 'control',
    });
    expect(findTextFault({ input: { n: 5, ok: true, list: ['a', 'b'] } })).toBeNull();
  });

  it('stops at a value nested deeper than the limit, without overflowing the stack', () => {
    const nest = (levels: number, inner: unknown): unknown => {
      let value = inner;
      for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
      return value;
    };
    expect(findTextFault(nest(MAX_VALUE_NESTING, 'ok'))).toBeNull();
    expect(findTextFault(nest(MAX_VALUE_NESTING + 1, 'ok'))?.fault).toBe('too-deep');
    expect(findTextFault({ v: nest(30_000, 'ok') })).toEqual({
      path: expect.stringMatching(/^v\[0\]\.a\[0\]/),
      fault: 'too-deep',
    });
    // The first fault in order is reported, before a deeper sibling.
    expect(findTextFault({ a: 'x\u0007', b: nest(100, 'ok') })).toEqual({ path: 'a', fault: 'control' });
  });
});
