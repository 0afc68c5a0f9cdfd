import { ApolloLink, CombinedGraphQLErrors } from '@apollo/client';
import { tap } from 'rxjs';
import { createStore } from '../workbench/state/store';
import type { UpdateMode } from './live';

export interface ConnectionState {
  online: boolean;
  /** When the last request answered. */
  lastAnswer: Date | null;
  /** When the data was last refreshed as a whole (polling or the refresh command). */
  lastRefresh: Date | null;
  /** The server said the session is gone (expired, or signed out elsewhere). */
  sessionLost: boolean;
  /** Whether changes are pushed over the live socket, or polled because it is not connected. */
  updates: UpdateMode;
}

export const connectionStore = createStore<ConnectionState>({
  online: true,
  lastAnswer: null,
  lastRefresh: null,
  sessionLost: false,
  updates: 'connecting',
});

/**
 * Operations whose UNAUTHENTICATED answer says nothing about a session: "Me" is how the console
 * asks whether there is one, and a refused "Login" (a wrong password) never had one.
 */
const SESSION_CHECKS: ReadonlySet<string> = new Set(['Me', 'Login']);

/** Watches every request: whether the server answers, and whether the session still holds. */
export const connectionLink = new ApolloLink((operation, forward) =>
  forward(operation).pipe(
    tap({
      next(result) {
        const lost =
          !SESSION_CHECKS.has(operation.operationName ?? '') &&
          (result.errors ?? []).some((error) => error.extensions?.code === 'UNAUTHENTICATED');
        connectionStore.set((s) => ({
          ...s,
          online: true,
          lastAnswer: new Date(),
          sessionLost: s.sessionLost || lost,
        }));
      },
      error(error: unknown) {
        if (!CombinedGraphQLErrors.is(error)) connectionStore.set((s) => ({ ...s, online: false }));
      },
    }),
  ),
);
