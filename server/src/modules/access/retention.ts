import type { Db } from '../../db/sql';
import { log } from '../../core/log';

const DAY_MS = 86_400_000;

/** How often a running server prunes; it also prunes once at start. */
const PRUNE_EVERY_MS = 6 * 3_600_000;

export interface Pruned {
  attempts: number;
  locks: number;
  sessions: number;
}

/**
 * Deletes login bookkeeping older than `keepDays`: throttling rows (the login names people typed,
 * with their network address) whose last failure and last success are both older, account locks
 * whose window and lock ended before, and sessions that ended (revoked, expired or idle) before.
 * Audit events are not touched: they are the campaign's append-only record.
 */
export async function pruneLoginRecords(sql: Db, keepDays: number, now = Date.now()): Promise<Pruned> {
  const cutoff = now - keepDays * DAY_MS;
  const cutoffIso = new Date(cutoff).toISOString();
  return await sql.tx(async (q) => ({
    attempts: (
      await q.run(
        `DELETE FROM login_attempt WHERE COALESCE(last_failure_at, 0) < ? AND COALESCE(last_success_at, 0) < ?`,
        cutoff,
        cutoff,
      )
    ).changes,
    locks: (
      await q.run(`DELETE FROM login_lock WHERE window_start < ? AND COALESCE(locked_until, 0) < ?`, cutoff, cutoff)
    ).changes,
    sessions: (
      await q.run(
        `DELETE FROM session WHERE revoked_at < ? OR expires_at < ? OR last_seen_at < ?`,
        cutoffIso,
        cutoffIso,
        cutoffIso,
      )
    ).changes,
  }));
}

/**
 * Prunes now (resolving once done) and every few hours after; answers the function that stops it
 * and waits for a prune under way, so the database can be closed after it. Failures (a read-only
 * file, say) are logged, never thrown: they must not keep the server from serving.
 */
export async function scheduleLoginRecordPruning(sql: Db, keepDays: number): Promise<() => Promise<void>> {
  let running: Promise<void> | null = null;
  const tick = () => {
    return (running ??= pruneLoginRecords(sql, keepDays)
      .then((pruned) => {
        if (pruned.attempts + pruned.locks + pruned.sessions > 0)
          log.info('login records pruned', { keepDays, ...pruned });
      })
      .catch((error: unknown) =>
        log.error('login record pruning failed', { error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => {
        running = null;
      }));
  };
  await tick();
  const timer = setInterval(() => void tick(), PRUNE_EVERY_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
