import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { Db } from '../db/sql';
import type { Context } from './context';

/**
 * Root fields whose answers depend only on the data, the viewer and the business day: the reads
 * every console repeats (the tree, a unit's figures, rankings). Anything else runs every time.
 */
export const CACHED_ROOT_FIELDS: ReadonlySet<string> = new Set(['campaign', 'campaigns', 'dataVersion', 'ranking', 'today', 'unit', 'units']);

/** What the cache may hold, in characters of JSON: whole answers, least recently used dropped first. */
export const CACHE_BUDGET = 32 * 1024 * 1024;
const MAX_ENTRY = 2 * 1024 * 1024;

/**
 * The data's version as SQLite sees it, asked outside any transaction, so on the read-only
 * connection (db/sqlite-db.ts): data_version there changes with every commit made on another
 * connection — the server's writer, the CSV import's worker, a command-line tool — and
 * total_changes() counts that connection's own writes (none). Any committed write changes it.
 * On PostgreSQL, the position of the write-ahead log: any commit moves it (so may other
 * databases' writes on the same server, which only costs a cache miss).
 */
export async function dataVersion(sql: Db): Promise<string> {
  if (sql.dialect === 'postgres') return (await sql.get<{ lsn: string }>(`SELECT pg_current_wal_lsn()::text AS lsn`))!.lsn;
  const row = await sql.get<{ changes: number; version: number }>(`SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version`);
  return `${row?.version}.${row?.changes}`;
}

/**
 * The day in Vietnam, which the business clock follows unless a day is set (in the database, so
 * setting it changes the data version; or in the configuration, fixed for the process).
 */
function calendarDay(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

function cacheable(operation: OperationDefinitionNode): boolean {
  return operation.operation === 'query' && operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && CACHED_ROOT_FIELDS.has(s.name.value));
}

interface Entry {
  data: FormattedExecutionResult['data'];
  size: number;
}

/**
 * Answers a read again from memory while the data has not changed. Officials' consoles ask the
 * same few questions (a district with its communes, a province's ranking) over and over, and
 * writes come in bursts: between two writes every repeat is served without touching the
 * database. An answer is kept per user, day, operation and variables, only when it has
 * no error; any write empties the cache. Sessions, limits and guards still run on every request:
 * the answer replaces only the execution.
 */
export function responseCachePlugin(budget = CACHE_BUDGET): ApolloServerPlugin<Context> {
  const entries = new Map<string, Entry>();
  let version = '';
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
  return {
    async requestDidStart({ contextValue }) {
      const viewer = contextValue.viewer;
      if (!viewer) return;
      let key: string | null = null;
      let keyVersion = '';
      return {
        async responseForOperation({ operation, request }) {
          // Answers kept in this process's memory would go stale when another instance writes.
          if (!cacheable(operation) || contextValue.services.sql.dialect !== 'sqlite') return null;
          keyVersion = await dataVersion(contextValue.services.sql);
          if (keyVersion !== version) {
            entries.clear();
            used = 0;
            version = keyVersion;
          }
          key = JSON.stringify([viewer.userId, calendarDay(), request.query, request.operationName ?? null, request.variables ?? {}]);
          const hit = entries.get(key);
          if (!hit) return null;
          entries.delete(key); // most recently used last
          entries.set(key, hit);
          key = null;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: hit.data } } };
        },
        async willSendResponse({ response }) {
          // Kept under the version seen before it ran. If a write came in meanwhile, the next
          // request sees a new version and empties the cache: this answer is never served.
          if (key === null || keyVersion !== version || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors && data) store(key, data);
        },
      };
    },
  };
}
