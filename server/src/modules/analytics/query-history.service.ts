import type { Db } from '../../db/sql';
import { actorOf, type Viewer } from '../access/viewer';
import type { AuditService } from '../audit/audit.service';

/** How many operations each user's history keeps: older ones drop off as new ones come. */
export const HISTORY_PER_USER = 200;
/** Longer texts are kept cut to this length; larger variables are not kept. */
const MAX_QUERY_CHARS = 100_000;
const MAX_VARIABLES_CHARS = 20_000;

export interface HistoryEntry {
  operationName: string | null;
  query: string;
  variables: Record<string, unknown> | null;
  durationMs: number;
  errorCount: number;
}

export interface HistoryRow {
  id: number;
  ranAt: string;
  operationName: string | null;
  query: string;
  variables: string | null;
  durationMs: number;
  errorCount: number;
}

const SECRET_KEY = /pass(word)?|secret|token/i;

/** Variables with every value under a password-like key replaced, however deep. */
export function redactVariables(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactVariables);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redactVariables(v)]),
    );
  }
  return value;
}

/**
 * What each user ran in the query editor, newest first, the latest HISTORY_PER_USER kept. A
 * bounded log, not data: recording and the trimming of old entries are not audited; clearing it
 * by hand is.
 */
export class QueryHistoryService {
  constructor(
    private readonly sql: Db,
    private readonly audit: AuditService,
  ) {}

  async record(userId: number, entry: HistoryEntry): Promise<void> {
    const variables = entry.variables ? JSON.stringify(redactVariables(entry.variables)) : null;
    await this.sql.tx(async () => {
      await this.sql.run(
        `INSERT INTO query_history (user_id, ran_at, operation_name, query, variables, duration_ms, error_count) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        userId,
        new Date().toISOString(),
        entry.operationName?.slice(0, 200) ?? null,
        entry.query.slice(0, MAX_QUERY_CHARS),
        variables && variables.length <= MAX_VARIABLES_CHARS ? variables : null,
        Math.round(entry.durationMs * 10) / 10,
        entry.errorCount,
      );
      await this.sql.run(
        `DELETE FROM query_history WHERE user_id = ? AND id <= (SELECT id FROM query_history WHERE user_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)`,
        userId,
        userId,
        HISTORY_PER_USER,
      );
    });
  }

  async list(userId: number, first: number, offset: number): Promise<{ nodes: HistoryRow[]; totalCount: number }> {
    const totalCount =
      (await this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM query_history WHERE user_id = ?`, userId))?.n ?? 0;
    const nodes = await this.sql.all<HistoryRow>(
      `SELECT id, ran_at AS ranAt, operation_name AS operationName, query, variables, duration_ms AS durationMs, error_count AS errorCount
       FROM query_history WHERE user_id = ? ORDER BY id DESC LIMIT ? OFFSET ?`,
      userId,
      first,
      offset,
    );
    return { nodes, totalCount };
  }

  /** Empties your history; the audit event says how many entries went. */
  async clear(viewer: Viewer, requestId: string | null): Promise<number> {
    return await this.sql.tx(async () => {
      const { changes } = await this.sql.run(`DELETE FROM query_history WHERE user_id = ?`, viewer.userId);
      await this.audit.record(actorOf(viewer, requestId), [
        {
          action: 'queryHistory.clear',
          unitId: viewer.scopeUnitId,
          unitPath: viewer.scopePath,
          newValue: { removed: changes },
        },
      ]);
      return changes;
    });
  }
}
