import { accountAfterFailure, waitBeforeTry, type AccountState, type PairState } from '@chitieu/shared';
import { appError } from '../../core/errors';
import type { Db } from '../../db/sql';

/** Login throttling (rules in shared/src/access/throttle.ts), its state in the database. */
export class LoginThrottle {
  constructor(private readonly sql: Db) {}

  /** Refuses a try that must still wait, before any password is checked. */
  async assertMayTry(username: string, address: string, now = Date.now()): Promise<void> {
    const wait = waitBeforeTry(await this.pair(username, address), await this.account(username), now);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      const error = appError(
        'UNAUTHENTICATED',
        `Đăng nhập sai nhiều lần; hãy thử lại sau ${seconds} giây.`,
        `Too many failed logins; try again in ${seconds} seconds.`,
      );
      error.extensions.retryAfterSeconds = seconds;
      throw error;
    }
  }

  /** Counts a failure; call inside the transaction that audits it. */
  async failed(username: string, address: string, now = Date.now()): Promise<void> {
    await this.sql.run(
      `INSERT INTO login_attempt (username, address, failures, last_failure_at) VALUES (?, ?, 1, ?)
       ON CONFLICT (username, address) DO UPDATE SET failures = login_attempt.failures + 1, last_failure_at = excluded.last_failure_at`,
      username,
      address,
      now,
    );
    const next = accountAfterFailure(await this.account(username), now);
    await this.sql.run(
      `INSERT INTO login_lock (username, failures, window_start, locked_until) VALUES (?, ?, ?, ?)
       ON CONFLICT (username) DO UPDATE SET failures = excluded.failures, window_start = excluded.window_start, locked_until = excluded.locked_until`,
      username,
      next.failures,
      next.windowStart,
      next.lockedUntil,
    );
  }

  /** A success clears this address's failures and marks it as one this user logs in from. */
  async succeeded(username: string, address: string, now = Date.now()): Promise<void> {
    await this.sql.run(
      `INSERT INTO login_attempt (username, address, failures, last_success_at) VALUES (?, ?, 0, ?)
       ON CONFLICT (username, address) DO UPDATE SET failures = 0, last_failure_at = NULL, last_success_at = excluded.last_success_at`,
      username,
      address,
      now,
    );
  }

  private async pair(username: string, address: string): Promise<PairState | null> {
    return (
      (await this.sql.get<PairState>(
        `SELECT failures, last_failure_at AS lastFailureAt, last_success_at AS lastSuccessAt FROM login_attempt WHERE username = ? AND address = ?`,
        username,
        address,
      )) ?? null
    );
  }

  private async account(username: string): Promise<AccountState | null> {
    return (
      (await this.sql.get<AccountState>(
        `SELECT failures, window_start AS windowStart, locked_until AS lockedUntil FROM login_lock WHERE username = ?`,
        username,
      )) ?? null
    );
  }
}
