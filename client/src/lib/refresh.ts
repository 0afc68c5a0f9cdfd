import type { ApolloClient } from '@apollo/client';
import { connectionStore } from './connection';
import { openLiveChanges } from './live';
import { createStore } from '../workbench/state/store';
import { DataVersionQuery } from './operations/data-version';

/** Bumped on every refresh; models that load data outside watched queries listen to it. */
export const refreshTick = createStore(0);

/** How often the console asks whether anything changed (a tiny query), when nothing is pushed. */
export const VERSION_POLL_MS = 3_000;
/**
 * A full refresh even without a change, pushed or polled: for what is not audited (the business
 * clock). Every audited change is pushed while the socket is live (OTHER for all but figures and targets).
 */
export const FULL_REFRESH_MS = 5 * 60_000;

/** Refetches every watched query and tells the other loaders to reload. */
export async function refreshAll(client: ApolloClient): Promise<void> {
  refreshTick.set((n) => n + 1);
  await client.refetchObservableQueries();
  connectionStore.set((s) => ({ ...s, lastRefresh: new Date() }));
}

/** A refresh asked for while one runs is done once more after it, never twice at once. */
function coalesced(run: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const start = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void run()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          start();
        }
      });
  };
  return start;
}

/**
 * Data refreshes by polling a version token: every 3 s while the page is visible (and at once when
 * it becomes visible again) the console asks the server for `dataVersion`, which moves with every
 * change anywhere; only when it moved are the watched queries refetched. While the live socket is
 * connected the version is not asked for (the changes are pushed); only the full refresh remains.
 */
export function startPolling(client: ApolloClient, refresh: () => void): () => void {
  connectionStore.set((s) => ({ ...s, lastRefresh: new Date() }));
  let version: string | null = null;
  let lastFull = Date.now();
  const tick = async () => {
    if (document.visibilityState !== 'visible') return;
    let changed = false;
    if (connectionStore.get().updates !== 'live') {
      const { data } = await client.query({ query: DataVersionQuery, fetchPolicy: 'network-only' });
      const next = data?.dataVersion ?? null;
      changed = version !== null && next !== null && next !== version;
      version = next ?? version;
    }
    if (changed || Date.now() - lastFull >= FULL_REFRESH_MS) {
      lastFull = Date.now();
      refresh();
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

/**
 * Keeps what the console shows current: each change notice pushed over the live socket refetches
 * every watched query (they are few, and cached answers make the rest cheap), and polling takes
 * over whenever the socket is not connected. A version polled after a drop differs from the one
 * last seen, so what changed meanwhile is refetched then; a socket reconnected refetches too.
 */
export function startRefresh(client: ApolloClient): () => void {
  const refresh = coalesced(() => refreshAll(client));
  const stopPolling = startPolling(client, refresh);
  // A hidden tab does not refetch on every notice (as it does not poll): once, when shown again.
  let missed = false;
  const pushed = () => {
    if (document.visibilityState === 'visible') refresh();
    else missed = true;
  };
  const shown = () => {
    if (document.visibilityState !== 'visible' || !missed) return;
    missed = false;
    refresh();
  };
  document.addEventListener('visibilitychange', shown);
  const closeLive = openLiveChanges({
    notice: pushed,
    reconnected: pushed,
    mode: (updates) => connectionStore.set((s) => ({ ...s, updates })),
  });
  return () => {
    closeLive();
    stopPolling();
    document.removeEventListener('visibilitychange', shown);
    connectionStore.set((s) => ({ ...s, updates: 'connecting' }));
  };
}
