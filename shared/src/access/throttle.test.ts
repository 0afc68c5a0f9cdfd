import { describe, expect, it } from 'vitest';
import { accountAfterFailure, delayAfterFailures, THROTTLE, waitBeforeTry } from './throttle';

const now = 1_700_000_000_000;

describe('login throttling', () => {
  it('lets three failures go, then doubles the wait up to a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 9, 20].map(delayAfterFailures)).toEqual([0, 0, 0, 1000, 2000, 4000, 60_000, 60_000]);
  });

  it('makes an address wait after its own failures', () => {
    const pair = { failures: 4, lastFailureAt: now - 500, lastSuccessAt: null };
    expect(waitBeforeTry(pair, null, now)).toBe(1500);
    expect(waitBeforeTry(pair, null, now + 2000)).toBe(0);
  });

  it('locks an account for a few minutes after many failures from anywhere, but not from a known address', () => {
    let account = null;
    for (let i = 0; i < THROTTLE.accountFailures; i++) account = accountAfterFailure(account, now + i);
    expect(account?.lockedUntil).toBe(now + THROTTLE.accountFailures - 1 + THROTTLE.accountLockMs);
    expect(waitBeforeTry(null, account, now + 10)).toBeGreaterThan(4 * 60_000);
    const office = { failures: 0, lastFailureAt: null, lastSuccessAt: now - 3_600_000 };
    expect(waitBeforeTry(office, account, now + 10)).toBe(0);
    expect(waitBeforeTry(null, account, now + THROTTLE.accountLockMs + 100)).toBe(0);
  });

  it('forgets failures outside the window', () => {
    const old = { failures: 9, windowStart: now - THROTTLE.accountWindowMs - 1, lockedUntil: null };
    expect(accountAfterFailure(old, now)).toEqual({ failures: 1, windowStart: now, lockedUntil: null });
  });
});
