import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { limitMessage } from './limit-error';
import { countTokens, tokenLimitOf } from './tokens';

describe('the token limit', () => {
  it("recognises the parser's own message and the limit in it", () => {
    const long = `{ ${'today '.repeat(50)}}`;
    let message = '';
    try {
      parse(long, { maxTokens: 20 });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(tokenLimitOf(message)).toBe(20);
    expect(tokenLimitOf('Syntax Error: Expected Name, found "}".')).toBeNull();
  });

  it('counts the tokens of a text up to a cap', () => {
    expect(countTokens('{ unit(code: "83") { name } }', 100)).toEqual({ count: 11, atLeast: false });
    expect(countTokens(`{ ${'a '.repeat(500)}}`, 100)).toEqual({ count: 100, atLeast: true });
    expect(countTokens('{ a b "unterminated', 100)).toEqual({ count: 3, atLeast: true });
  });

  it('says how many tokens in both languages', () => {
    expect(limitMessage('TOKENS', 3002, 2000)).toEqual({
      vi: 'Truy vấn có 3.002 token, vượt giới hạn 2.000.',
      en: 'The query has 3,002 tokens, over the limit of 2,000.',
    });
    expect(limitMessage('TOKENS', 20000, 2000, { atLeast: true }).en).toBe(
      'The query has more than 20,000 tokens, over the limit of 2,000.',
    );
  });
});
