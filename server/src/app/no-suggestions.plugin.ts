import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

/** graphql-js's guesses at the end of a sentence: ` Did you mean "resetPassword"?`, ` Did you mean the enum value "ADMIN"?`. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export function withoutSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  const strip = (text: unknown) => (typeof text === 'string' ? text.replace(SUGGESTION, '') : text);
  const extensions =
    error.extensions && 'messageEn' in error.extensions
      ? { ...error.extensions, messageEn: strip(error.extensions.messageEn) }
      : error.extensions;
  return { ...error, message: strip(error.message) as string, ...(extensions ? { extensions } : {}) };
}

/**
 * Production: no error suggests a field, type, argument or enum value that the request did not
 * name, for anyone. Where introspection is refused, "Did you mean resetPassword?" would hand out
 * the schema one typo at a time; a document is validated once for every viewer (Apollo caches it),
 * and those who may introspect (analysts, admins) read the schema in their editor anyway.
 * Validation and variable errors alike, so it runs last, on the answer (after the Vietnamese half
 * of a variable error was added).
 */
export const noSuggestionsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map(withoutSuggestions);
      },
    };
  },
};
