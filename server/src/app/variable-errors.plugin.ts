import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ECHO_MAX } from './errors';

/**
 * graphql-js refuses variables of the wrong type before anything runs ("Variable "$input" got
 * invalid value 1.5 at "input.targets[0].target"; Int cannot represent non-integer value: 1.5"),
 * in English only. Here such a message gets its Vietnamese half, naming the variable and where in
 * it the value is wrong, like every other message a user reads: "vi / en", both in extensions.
 */
/** A quoted string (JSON, as graphql-js's inspect writes it) longer than ECHO_MAX characters: its head is kept. */
const LONG_STRING = new RegExp(`"((?:[^"\\\\]|\\\\.){${ECHO_MAX}})(?:[^"\\\\]|\\\\.)+"`, 'g');

export function bilingualVariableError(sent: GraphQLFormattedError): GraphQLFormattedError {
  const variable = /^Variable "\$(\w+)"/.exec(sent.message)?.[1];
  if (!variable) return sent;
  // graphql-js quotes the whole value it refused: a 200 kB string would come back whole.
  const error = { ...sent, message: sent.message.replace(LONG_STRING, (_all, head: string) => `"${head}…"`) };
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
