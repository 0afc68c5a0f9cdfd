import type { ApolloClient } from '@apollo/client';
import { connectionStore } from './connection';
import { createStore } from '../workbench/state/store';
import { DataVersionQuery } from './operations/data-version';

/** Bumped on every refresh; models that load data outside watched queries listen to it. */
export const refreshTick = createStore(0);

/** How often the console asks whether anything changed (a tiny query). */
export const VERSION_POLL_MS = 3_000;
/** A full refresh even without a change, for what is not audited (the business clock). */
export const FULL_REFRESH_MS = 5 * 60_000;

/** Refetches every watched query and tells the other loaders to reload. */
export async function refreshAll(client: ApolloClient): Promise<void> {
  refreshTick.set((n) => n + 1);
  await client.refetchObservableQueries();
  connectionStore.set((s) => ({ ...s, lastRefresh: new Date() }));
}

/**
 * Data refreshes by polling a version token: every 3 s while the page is visible (and at once when
 * it becomes visible again) the console asks the server for `dataVersion`, which moves with every
 * change anywhere; only when it moved are the watched queries refetched. So a day's tallies saved
 * by a commune show on the province's screens within a few seconds, at the cost of one tiny query.
 */
export function startPolling(client: ApolloClient): () => void {
  connectionStore.set((s) => ({ ...s, lastRefresh: new Date() }));
  let version: string | null = null;
  let lastFull = Date.now();
  const tick = async () => {
    if (document.visibilityState !== 'visible') return;
    const { data } = await client.query({ query: DataVersionQuery, fetchPolicy: 'network-only' });
    const next = data?.dataVersion ?? null;
    const changed = version !== null && next !== null && next !== version;
    version = next ?? version;
    if (changed || Date.now() - lastFull >= FULL_REFRESH_MS) {
      lastFull = Date.now();
      await refreshAll(client);
    }
  };
  const run = () => void tick().catch(() => undefined);
  const timer = setInterval(run, VERSION_POLL_MS);
  document.addEventListener('visibilitychange', run);
  run();
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', run);
  };
}
