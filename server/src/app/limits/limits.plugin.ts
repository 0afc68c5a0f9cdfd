import type { ApolloServerPlugin } from '@apollo/server';
import { limitError, limitMessage } from './limit-error';
import { costOf } from './limit-rules';
import { QUERY_LIMITS, type QueryLimits } from './limits';
import type { Context } from '../context';
import { withUnitCounts } from './unit-counts';
import { countTokens, tokenLimitOf } from './tokens';

/**
 * The limits that need the request: cost (page sizes often come in variables) before execution,
 * its estimate returned in the answer's `extensions.cost: { estimated, limit }` (refused or not,
 * so an analyst sees a query growing towards the limit), and the token limit's message, which graphql-js writes in English without the count: it is
 * rewritten in both languages with how many tokens the query had.
 */
export function limitsPlugin(limits: QueryLimits = QUERY_LIMITS): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      let tokens: { count: number; atLeast: boolean; max: number } | null = null;
      let estimated: number | null = null;
      return {
        async parsingDidStart({ source }) {
          return async (error?: Error) => {
            const max = error ? tokenLimitOf(error.message) : null;
            if (max !== null) tokens = { ...countTokens(source, max * 10), max };
          };
        },
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return; // execution answers "unknown operation" itself
          const { cost, atLeast } = await withUnitCounts(contextValue.services, contextValue.viewer, (sizes) =>
            costOf(schema, document, operation, request.variables ?? {}, sizes, limits),
          );
          estimated = cost;
          if (cost > limits.cost) throw limitError('COST', cost, limits.cost, { atLeast });
        },
        async willSendResponse({ response }) {
          if (estimated !== null && response.body.kind === 'single') {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, cost: { estimated, limit: limits.cost } };
          }
          const found = tokens;
          if (!found || response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const message = limitMessage('TOKENS', found.count, found.max, { atLeast: found.atLeast });
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
            tokenLimitOf(e.message) === null
              ? e
              : {
                  ...e,
                  message: `${message.vi} / ${message.en}`,
                  extensions: {
                    ...e.extensions,
                    limit: 'TOKENS',
                    max: found.max,
                    actual: found.count,
                    ...(found.atLeast ? { atLeast: true } : {}),
                    messageVi: message.vi,
                    messageEn: message.en,
                  },
                },
          );
        },
      };
    },
  };
}

export { limitParseOptions, limitValidationRules } from './limit-rules';
