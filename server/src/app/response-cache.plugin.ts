import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { Context } from './context';

/**
 * Root fields whose answers depend only on the data, the viewer and the business day: the reads
 * every console repeats (the tree, a unit's figures, rankings). Anything else runs every time,
 * dataVersion too: it moves with every audited event, a login included (db/answer-writes.ts).
 */
export const CACHED_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'campaign',
  'campaigns',
  'ranking',
  'today',
  'unit',
  'units',
]);

/** What the cache may hold, in characters of JSON: whole answers, least recently used dropped first. */
export const CACHE_BUDGET = 32 * 1024 * 1024;
const MAX_ENTRY = 2 * 1024 * 1024;
/** Questions asked once, remembered so that an answer is kept when it is asked again. */
const MAX_ASKED_ONCE = 1000;
/** Response header saying whether a read that may be kept was answered from memory ("hit") or run ("miss"). */
export const CACHE_HEADER = 'x-chitieu-cache';

/**
 * The day in Vietnam, which the business clock follows unless a day is set (in the database, so
 * setting it changes the data version; or in the configuration, fixed for the process).
 */
function calendarDay(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

function cacheable(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && CACHED_ROOT_FIELDS.has(s.name.value))
  );
}

interface Entry {
  data: FormattedExecutionResult['data'];
  size: number;
}

/**
 * Answers a read again from memory while nothing that could change it has been written.
 * Officials' consoles ask the same few questions (a district with its communes, a province's
 * ranking) over and over, and writes come in bursts: between two writes every repeat is served
 * without touching the database. An answer is kept per user, day, operation and variables, when
 * it has no error and the same question was asked before (a question asked once, such as a
 * figure as of a day nobody asks again, is not worth measuring and keeping). Any write that may
 * change an answer empties the cache (Db.answersVersion): a session's last-seen time or a login
 * does not. Sessions, limits and guards still run on every request: the answer replaces only the
 * execution. Only on SQLite, where every commit is known to this process.
 */
export function responseCachePlugin(budget = CACHE_BUDGET): ApolloServerPlugin<Context> {
  const entries = new Map<string, Entry>();
  const askedOnce = new Set<string>();
  let version: string | null = null;
  let used = 0;
  const store = (key: string, data: Entry['data']) => {
    const size = JSON.stringify(data).length;
    if (size > MAX_ENTRY) return;
    entries.set(key, { data, size });
    used += size;
    for (const [oldest, entry] of entries) {
      if (used <= budget) break;
      entries.delete(oldest);
      used -= entry.size;
    }
  };
  /** Whether a question missed before under this version; remembers it otherwise. */
  const askedBefore = (key: string): boolean => {
    if (askedOnce.delete(key)) return true;
    if (askedOnce.size >= MAX_ASKED_ONCE) askedOnce.clear();
    askedOnce.add(key);
    return false;
  };
  return {
    async requestDidStart({ contextValue }) {
      const viewer = contextValue.viewer;
      if (!viewer) return;
      const sql = contextValue.services.sql;
      let key: string | null = null;
      let keyVersion: string | null = null;
      let outcome: 'hit' | 'miss' | null = null;
      return {
        async responseForOperation({ operation, request }) {
          // No operation when operationName names none of the document's: execution answers 400.
          if (!(operation as OperationDefinitionNode | undefined) || !cacheable(operation)) return null;
          keyVersion = sql.answersVersion();
          if (keyVersion === null) return null;
          if (keyVersion !== version) {
            entries.clear();
            askedOnce.clear();
            used = 0;
            version = keyVersion;
          }
          key = JSON.stringify([
            viewer.userId,
            calendarDay(),
            request.query,
            request.operationName ?? null,
            request.variables ?? {},
          ]);
          const hit = entries.get(key);
          outcome = hit ? 'hit' : 'miss';
          if (!hit) return null;
          entries.delete(key); // most recently used last
          entries.set(key, hit);
          key = null;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: hit.data } },
          };
        },
        async willSendResponse({ response }) {
          if (outcome) response.http.headers.set(CACHE_HEADER, outcome);
          // Kept only if nothing that could change it was written while it ran, under the version
          // seen before it ran: any later write moves the version and empties the cache.
          if (
            key === null ||
            response.body.kind !== 'single' ||
            sql.answersVersion() !== keyVersion ||
            keyVersion !== version
          )
            return;
          const { data, errors } = response.body.singleResult;
          if (!errors && data && askedBefore(key)) store(key, data);
        },
      };
    },
  };
}
