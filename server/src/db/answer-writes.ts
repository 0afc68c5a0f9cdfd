/**
 * Tables of bookkeeping that no answer kept in memory reads (app/response-cache.plugin.ts:
 * units, progress, rankings, campaigns, the business day): sessions and their last-seen times,
 * the login throttle, the query editor's history, and the audit (read only by auditEvents and
 * dataVersion, which are never kept). A write to these alone leaves every kept answer true.
 */
export const BOOKKEEPING_TABLES: ReadonlySet<string> = new Set([
  'session',
  'login_attempt',
  'login_lock',
  'query_history',
  'audit_event',
]);

const WRITTEN_TABLE =
  /^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+["`]?(\w+)/i;

/**
 * Whether a write statement may change an answer: true unless it plainly writes one of the
 * bookkeeping tables (anything it cannot read, such as a statement starting with WITH, counts).
 */
export function mayChangeAnswers(statement: string): boolean {
  const table = WRITTEN_TABLE.exec(statement)?.[1];
  return table === undefined || !BOOKKEEPING_TABLES.has(table.toLowerCase());
}
