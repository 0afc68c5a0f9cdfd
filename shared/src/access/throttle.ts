/**
 * Login throttling rules. Per (username, address): a few free failures, then a growing wait
 * before the next try is even checked. Per username, from any address: many failures in a short
 * window lock the account for a few minutes, but never for addresses this user has logged in
 * from before, so a stranger cannot lock an official out of their own office. No lock per
 * address alone: a whole office shares one.
 */
export const THROTTLE = {
  freeFailures: 3,
  maxDelayMs: 60_000,
  accountFailures: 10,
  accountWindowMs: 15 * 60_000,
  accountLockMs: 5 * 60_000,
  knownAddressMs: 30 * 24 * 3_600_000,
} as const;

/**
 * The shortest time login bookkeeping may be kept (CHITIEU_LOGIN_RECORD_DAYS) without weakening
 * throttling: an address stays "known" for a user this long after a successful login.
 */
export const MIN_LOGIN_RECORD_DAYS = Math.ceil(THROTTLE.knownAddressMs / 86_400_000) + 1;

/** The wait after `failures` failures in a row from one address: 0, 0, 0, 1 s, 2 s, 4 s … 60 s. */
export function delayAfterFailures(failures: number): number {
  if (failures < THROTTLE.freeFailures) return 0;
  return Math.min(THROTTLE.maxDelayMs, 1000 * 2 ** (failures - THROTTLE.freeFailures));
}

export interface PairState {
  failures: number;
  lastFailureAt: number | null;
  lastSuccessAt: number | null;
}

export interface AccountState {
  failures: number;
  windowStart: number;
  lockedUntil: number | null;
}

/** How long this try must wait, in ms (0: go ahead). */
export function waitBeforeTry(pair: PairState | null, account: AccountState | null, now: number): number {
  const pairWait = pair?.lastFailureAt ? pair.lastFailureAt + delayAfterFailures(pair.failures) - now : 0;
  const known =
    pair?.lastSuccessAt !== null &&
    pair?.lastSuccessAt !== undefined &&
    now - pair.lastSuccessAt < THROTTLE.knownAddressMs;
  const accountWait = !known && account?.lockedUntil ? account.lockedUntil - now : 0;
  return Math.max(0, pairWait, accountWait);
}

/** The account's state after one more failure: a lock once too many came in the window. */
export function accountAfterFailure(account: AccountState | null, now: number): AccountState {
  const fresh = !account || now - account.windowStart > THROTTLE.accountWindowMs;
  const failures = (fresh ? 0 : account.failures) + 1;
  const windowStart = fresh ? now : account.windowStart;
  if (failures >= THROTTLE.accountFailures)
    return { failures: 0, windowStart: now, lockedUntil: now + THROTTLE.accountLockMs };
  return { failures, windowStart, lockedUntil: account?.lockedUntil ?? null };
}
