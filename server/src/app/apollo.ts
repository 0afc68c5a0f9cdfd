import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { isStorageError } from '../db/storage';
import { storageErrorOf, storageUserError } from './storage-errors';
import { writeGatePlugin } from '../db/write-gate';
import type { Context } from './context';
import { log } from '../core/log';
import { limitParseOptions, limitsPlugin, limitValidationRules } from './limits/limits.plugin';
import { accessModule } from '../modules/access/access.module';
import { liveModule } from '../modules/live/live.module';
import { analyticsModule } from '../modules/analytics/analytics.module';
import { noStorePlugin } from './no-store.plugin';
import { noSuggestionsPlugin } from './no-suggestions.plugin';
import { responseCachePlugin } from './response-cache.plugin';
import { textInputPlugin } from './text-input.plugin';
import { variableErrorsPlugin } from './variable-errors.plugin';

/** A query's reads see one snapshot of the data, so a total and its parts always agree (PostgreSQL; SQLite needs nothing). */
const readSnapshotPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    if (contextValue.services.sql.dialect !== 'postgres') return;
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'query') contextValue.services.sql.readsFromOneSnapshot();
      },
      // Executed: the snapshot's connection goes back to the pool before anything written after
      // the answer (the query history), so a full pool of snapshots never waits on itself.
      async willSendResponse({ contextValue }) {
        await contextValue.services.sql.endReadSnapshot();
      },
    };
  },
};

/** Codes whose messages are written for users; anything else is an internal failure. */
const USER_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'STORAGE_FULL',
  'STORAGE_READ_ONLY',
  'STORAGE_UNAVAILABLE',
  'SERVER_BUSY',
]);

function isUserError(code: unknown): boolean {
  return typeof code === 'string' && USER_CODES.has(code);
}

const INTERNAL = { vi: 'Lỗi hệ thống', en: 'Internal error' };

/**
 * What the client may see of an error: ours and Apollo's user-facing ones keep their message
 * (without a stack); anything else (a bug, an SQL failure) becomes a message that shows no SQL,
 * stack or path. Its request id is added when the response is sent, and the log line has the rest.
 */
export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  // The storage layer's refusals (a full disk, a read-only file) are answered as ours.
  const storage = storageErrorOf(error);
  if (storage) {
    const user = storageUserError(storage);
    return {
      message: user.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...user.extensions },
    };
  }
  if (isUserError(formatted.extensions?.code)) {
    const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: `${INTERNAL.vi}. / ${INTERNAL.en}.`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', messageVi: `${INTERNAL.vi}.`, messageEn: `${INTERNAL.en}.` },
  };
}

/** Logs internal failures with the request id, and puts the id on every error a user sees. */
const requestIdPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    const requestId = contextValue.requestId;
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors as readonly GraphQLError[]) {
          // A write the disk could not take: one line per refused request, so a user's request id leads to it.
          const storage = storageErrorOf(error);
          if (isStorageError(storage))
            log.warn('write refused: storage', {
              requestId,
              path: error.path,
              code: storageUserError(storage).extensions.code,
            });
          if (storage || isUserError(error.extensions?.code)) continue;
          const original = error.originalError ?? error;
          log.error('internal error', { requestId, path: error.path, error: original.message, stack: original.stack });
        }
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => {
          const internal = e.extensions?.code === 'INTERNAL_SERVER_ERROR';
          const suffix = (vi: string, en: string) => `${vi} Mã yêu cầu ${requestId}. / ${en} Request id ${requestId}.`;
          return {
            ...e,
            message: internal ? suffix(`${INTERNAL.vi}.`, `${INTERNAL.en}.`) : e.message,
            extensions: { ...e.extensions, requestId },
          };
        });
      },
    };
  },
};

/**
 * `introspection: true` (development, tests) lets anyone read the schema; `false` (production)
 * keeps `__schema` and `__type` to analysts and admins (introspection-guard.ts) and takes the
 * "Did you mean …?" out of every error (no-suggestions.plugin.ts). Apollo's own switch stays on
 * either way: it could only refuse everyone.
 */
export function createApollo(schema: GraphQLSchema, options: { introspection: boolean }): ApolloServer<Context> {
  const { analystGuard, introspectionGuard } = accessModule.plugins;
  const guards = options.introspection ? [analystGuard] : [introspectionGuard, analystGuard];
  const production = options.introspection ? [] : [noSuggestionsPlugin];
  return new ApolloServer<Context>({
    schema,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts shuts down on SIGTERM/SIGINT itself (answer requests in flight, then close the
    // database). Apollo's own handler, on by default outside NODE_ENV=test, would stop Apollo and
    // re-raise the signal, killing the process before that close had finished.
    stopOnTerminationSignals: false,
    formatError,
    // Query limits (server/src/app/limits/, docs/api.md "Limits"): refused with 400 before anything runs.
    parseOptions: limitParseOptions(),
    validationRules: limitValidationRules(),
    plugins: [
      requestIdPlugin,
      readSnapshotPlugin,
      ...guards,
      textInputPlugin,
      variableErrorsPlugin,
      writeGatePlugin(),
      limitsPlugin(),
      analyticsModule.plugins.queryHistory,
      liveModule.plugins.otherChanges,
      responseCachePlugin(),
      noStorePlugin,
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ...production,
    ],
  });
}
