import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { Context } from '../context';
import { log } from '../../core/log';

/** Requests carrying this header (value "1") are recorded: the query editor sends it. */
export const HISTORY_HEADER = 'x-chitieu-history';

/** Text that may carry a password: such operations are never recorded. */
const SENSITIVE_TEXT = /password|\blogin\b|changeMyPassword/i;

/**
 * Whether an operation may be kept in history: never one that logs in or handles a password,
 * judged on its text (which covers operations that failed to parse as well).
 */
export function mayRecord(query: string): boolean {
  return !SENSITIVE_TEXT.test(query);
}

function operationNameOf(
  operation: OperationDefinitionNode | undefined,
  given: string | null | undefined,
): string | null {
  return operation?.name?.value ?? given ?? null;
}

/**
 * Records, for a logged-in user, each operation sent from the query editor: its text, variables
 * (password-like keys redacted), duration and error count, whatever the outcome (a query refused
 * by a limit is history too). The console's own background queries do not send the header and
 * are not recorded: they would push the user's queries out of the 200 kept, and make every poll a
 * write.
 */
export const queryHistoryPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue, request }) {
    const viewer = contextValue.viewer;
    if (!viewer || request.http?.headers.get(HISTORY_HEADER) !== '1') return;
    const query = request.query;
    if (typeof query !== 'string' || !mayRecord(query)) return;
    const started = process.hrtime.bigint();
    return {
      async willSendResponse({ response, operation }) {
        const entry = {
          operationName: operationNameOf(operation, request.operationName),
          query,
          variables: request.variables ?? null,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          errorCount: response.body.kind === 'single' ? (response.body.singleResult.errors?.length ?? 0) : 0,
        };
        // After the response, and never while a long write (a CSV import) holds the database: a
        // write here would wait in SQLite's busy handler with the event loop stopped.
        void contextValue.services.writeGate
          .idle()
          .then(async () => await contextValue.services.queryHistory.record(viewer.userId, entry))
          .catch((error: unknown) => {
            // History is a convenience: failing to keep it never fails the user's query.
            log.warn('query history not recorded', {
              requestId: contextValue.requestId,
              error: (error as Error).message,
            });
          });
      },
    };
  },
};
