import type { ApolloClient } from '@apollo/client';
import { connectionStore } from './connection';
import { createStore } from '../workbench/state/store';

/** Bumped on every refresh; models that load data outside watched queries listen to it. */
export const refreshTick = createStore(0);

export const POLL_INTERVAL_MS = 30_000;

/** Refetches every watched query and tells the other loaders to reload. */
export async function refreshAll(client: ApolloClient): Promise<void> {
  refreshTick.set((n) => n + 1);
  await client.refetchObservableQueries();
  connectionStore.set((s) => ({ ...s, lastRefresh: new Date() }));
}

/**
 * Data refreshes by polling: every 30 s while the page is visible (and at once when it becomes
 * visible again), so tallies entered elsewhere show up without a reload.
 */
export function startPolling(client: ApolloClient, intervalMs = POLL_INTERVAL_MS): () => void {
  connectionStore.set((s) => ({ ...s, lastRefresh: new Date() }));
  const tick = () => {
    if (document.visibilityState === 'visible') refreshAll(client).catch(() => undefined);
  };
  const timer = setInterval(tick, intervalMs);
  document.addEventListener('visibilitychange', tick);
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', tick);
  };
}
