import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ECHO_MAX } from '../core/errors';

/**
 * Each quoted string of a message (JSON, as graphql-js's inspect writes it), taken in order so
 * quotes pair as written, cut to ECHO_MAX characters with "…".
 */
export function cutLongQuoted(text: string): string {
  let out = '';
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('"', at);
    if (open < 0) return out + text.slice(at);
    let close = open + 1;
    while (close < text.length && text[close] !== '"') close += text[close] === '\\' ? 2 : 1;
    const inner = text.slice(open + 1, Math.min(close, text.length));
    const kept = inner.length > ECHO_MAX ? `${inner.slice(0, ECHO_MAX).replace(/\\+$/, '')}…` : inner;
    out += `${text.slice(at, open)}"${kept}${close < text.length ? '"' : ''}`;
    at = close + 1;
  }
  return out;
}

/**
 * graphql-js refuses variables of the wrong type before anything runs ("Variable "$input" got
 * invalid value 1.5 at "input.targets[0].target"; Int cannot represent non-integer value: 1.5"),
 * in English only. Here such a message gets its Vietnamese half, naming the variable and where in
 * it the value is wrong, like every other message a user reads: "vi / en", both in extensions.
 */
export function bilingualVariableError(sent: GraphQLFormattedError): GraphQLFormattedError {
  const variable = /^Variable "\$(\w+)"/.exec(sent.message)?.[1];
  if (!variable) return sent;
  // graphql-js quotes the whole value it refused: a 200 kB string would come back whole.
  const error = { ...sent, message: cutLongQuoted(sent.message) };
  if (typeof error.extensions?.messageVi === 'string') return error; // ours, or a scalar's: already both
  const at = / at "([\w.[\]]+)"; /.exec(error.message)?.[1];
  const vi = / was not provided\.$| must not be null\.$/.test(error.message)
    ? `Thiếu biến $${variable} (bắt buộc).`
    : `Biến $${variable} có giá trị không hợp lệ${at ? ` tại ${at}` : ''} (sai kiểu, ngoài phạm vi số nguyên 32 bit, hoặc không có trong danh sách cho phép).`;
  const en = error.message;
  return { ...error, message: `${vi} / ${en}`, extensions: { ...error.extensions, messageVi: vi, messageEn: en } };
}

export const variableErrorsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map(bilingualVariableError);
      },
    };
  },
};
