import { describe, expect, it } from 'vitest';
import { parseVariables, stripJsonc } from './jsonc';

describe('the variables pane (JSON with comments)', () => {
  it('reads comments and trailing commas, and keeps // inside strings', () => {
    const text = `{
  // chiến dịch
  "campaign": "DDDT-2023", /* ngày */ "asOf": "2023-11-14",
  "url": "http://x//y",
}`;
    expect(parseVariables(text)).toEqual({
      ok: true,
      value: { campaign: 'DDDT-2023', asOf: '2023-11-14', url: 'http://x//y' },
    });
  });

  it('keeps line breaks so positions still match', () => {
    expect(stripJsonc('{ /* a\nb */ }').split('\n')).toHaveLength(2);
  });

  it('takes an empty pane as no variables and refuses what is not an object', () => {
    expect(parseVariables('  // nothing\n')).toEqual({ ok: true, value: {} });
    expect(parseVariables('[1, 2]')).toEqual({ ok: false, message: 'not-object' });
    expect(parseVariables('{ "a": }').ok).toBe(false);
  });

  it('keeps escaped quotes inside strings', () => {
    expect(parseVariables('{ "a": "say \\"hi\\" // not a comment" }')).toEqual({
      ok: true,
      value: { a: 'say "hi" // not a comment' },
    });
  });
});
