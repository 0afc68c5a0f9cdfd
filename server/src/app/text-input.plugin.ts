import type { ApolloServerPlugin } from '@apollo/server';
import { findTextFault, MAX_VALUE_NESTING, TEXT_FAULT_NAMES, textFault, type TextFault } from '@chitieu/shared';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

const WHAT = TEXT_FAULT_NAMES;

/** The first string literal of the query text with a fault. */
function literalFault(document: DocumentNode): TextFault | null {
  let found: TextFault | null = null;
  visit(document, {
    [Kind.STRING](node) {
      found ??= textFault(node.value);
    },
  });
  return found;
}

function refusal(vi: string, en: string): GraphQLError {
  return new GraphQLError(`${vi} / ${en}`, {
    extensions: { code: 'BAD_USER_INPUT', messageVi: vi, messageEn: en, http: { status: 400 } },
  });
}

/** A variable nested deeper than any input of the schema: named by its top-level name only. */
function tooDeep(path: string): GraphQLError {
  const name = /^[^.[]*/.exec(path)?.[0] ?? '';
  return refusal(
    `Biến $${name} lồng sâu quá ${MAX_VALUE_NESTING} tầng. Không có gì được thực hiện.`,
    `Variable $${name} is nested deeper than ${MAX_VALUE_NESTING} levels. Nothing was run.`,
  );
}

/**
 * Refuses, before anything runs, a request whose variables or string literals hold text nobody
 * types (shared/src/common/text.ts): BAD_USER_INPUT with HTTP 400, like any other variable GraphQL
 * cannot accept; so is one whose variables nest deeper than MAX_VALUE_NESTING (walking them is
 * what such a request attacks). Every argument of every operation is covered, including ones added later.
 */
export const textInputPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const inVariables = findTextFault(request.variables ?? {});
        if (inVariables?.fault === 'too-deep') throw tooDeep(inVariables.path);
        const fault = inVariables?.fault ?? literalFault(document);
        if (!fault) return;
        const where = inVariables
          ? { vi: `biến $${inVariables.path}`, en: `variable $${inVariables.path}` }
          : { vi: 'câu truy vấn', en: 'the query text' };
        const vi = `Văn bản trong ${where.vi} chứa ${WHAT[fault].vi}. Không có gì được thực hiện.`;
        const en = `The text in ${where.en} holds ${WHAT[fault].en}. Nothing was run.`;
        throw refusal(vi, en);
      },
    };
  },
};
