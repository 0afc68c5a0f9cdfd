// @vitest-environment happy-dom
import type { ApolloClient } from '@apollo/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectionStore } from './connection';
import type { LiveChangesHandlers } from './live';
import { startRefresh, VERSION_POLL_MS } from './refresh';

let live: LiveChangesHandlers | undefined;
vi.mock('./live', () => ({
  openLiveChanges: (handlers: LiveChangesHandlers) => {
    live = handlers;
    return () => undefined;
  },
}));

/** A client that answers the version query with `version` and counts refetches. */
function fakeClient() {
  const state = { version: '1', queries: 0, refetches: 0 };
  const client = {
    query: vi.fn(() => {
      state.queries += 1;
      return Promise.resolve({ data: { dataVersion: state.version } });
    }),
    refetchObservableQueries: vi.fn(() => {
      state.refetches += 1;
      return Promise.resolve([]);
    }),
  } as unknown as ApolloClient;
  return { client, state };
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('startRefresh', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    setVisibility('visible');
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('polls the version only while the socket is not live', async () => {
    const { client, state } = fakeClient();
    stop = startRefresh(client);
    live?.mode('live');
    const before = state.queries;
    await vi.advanceTimersByTimeAsync(VERSION_POLL_MS * 3);
    expect(state.queries).toBe(before);
    expect(connectionStore.get().updates).toBe('live');

    live?.mode('polling');
    state.version = '2';
    await vi.advanceTimersByTimeAsync(VERSION_POLL_MS);
    expect(state.queries).toBe(before + 1);
    expect(state.refetches).toBe(1);
  });

  it('refetches on a notice, and in a hidden tab once it is shown again', async () => {
    const { client, state } = fakeClient();
    stop = startRefresh(client);
    live?.mode('live');
    live?.notice({ kind: 'TALLIES', campaign: 'DDDT-2023', units: ['29119'] });
    await vi.advanceTimersByTimeAsync(0);
    expect(state.refetches).toBe(1);

    setVisibility('hidden');
    live?.notice({ kind: 'TARGETS', campaign: 'DDDT-2023', units: null });
    live?.notice({ kind: 'TALLIES', campaign: 'DDDT-2023', units: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(state.refetches).toBe(1);
    setVisibility('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(state.refetches).toBe(2);
  });

  it('runs notices that come during a refetch as one more refetch after it', async () => {
    const { client, state } = fakeClient();
    stop = startRefresh(client);
    live?.mode('live');
    for (let i = 0; i < 5; i++) live?.notice({ kind: 'TALLIES', campaign: 'DDDT-2023', units: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(state.refetches).toBe(2);
  });
});
