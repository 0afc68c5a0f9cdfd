import { Lexer, Source, TokenKind } from 'graphql';

/** graphql-js's message when the parser's maxTokens stops it ("more that" is its own typo). */
const PARSER_TOKEN_LIMIT = /Document contains more th(?:at|an) (\d+) tokens/;

/** The token limit the parser stopped at, if this parse error is that one. */
export function tokenLimitOf(message: string): number | null {
  const match = PARSER_TOKEN_LIMIT.exec(message);
  return match ? Number(match[1]) : null;
}

/**
 * The tokens of a query text, counted up to `cap` (then it says so), for the message that tells
 * the user how far over the limit they were. Lexing is linear and cheap; a text that fails to lex
 * further counts as far as it got.
 */
export function countTokens(text: string, cap: number): { count: number; atLeast: boolean } {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count >= cap) return { count, atLeast: true };
    }
  } catch {
    return { count, atLeast: true };
  }
  return { count, atLeast: false };
}
