import { describe, expect, it } from 'vitest';
import { assessProgress } from '@chitieu/shared';
import type { UnitProgress } from '../tallies/progress.service';
import { mayRecord } from './query-history.plugin';
import { redactVariables } from './query-history.service';
import { compareRanked, rankValue } from './ranking.service';

function progress(target: number, collected: number, activated: number): UnitProgress {
  const current = { collected, activated };
  return {
    ...assessProgress({ target, current, weekAgo: current, asOf: '2023-11-14', deadline: '2023-12-15' }),
    unitId: 1,
    asOf: '2023-11-14',
    target,
    current,
  };
}

describe('ranking', () => {
  it('ranks by either rate, the lower of the two, or the accounts still needed: the figures progress shows', () => {
    const current = { collected: 900, activated: 600 };
    expect(rankValue(1000, current, 'COLLECTED_RATE')).toBe(0.9);
    expect(rankValue(1000, current, 'ACTIVATED_RATE')).toBe(0.6);
    expect(rankValue(1000, current, 'PERCENT_DONE')).toBe(0.6);
    expect(rankValue(1000, current, 'NEEDED')).toBe(400);
    expect(rankValue(1000, { collected: 1200, activated: 1100 }, 'NEEDED')).toBe(0);
    expect(rankValue(0, current, 'NEEDED')).toBeNull();
    for (const [target, c, a] of [
      [1000, 900, 600],
      [500, 20, 20],
      [7, 9, 3],
    ] as const) {
      const p = progress(target, c, a);
      expect(rankValue(target, p.current, 'PERCENT_DONE')).toBe(p.percentDone);
      expect(rankValue(target, p.current, 'NEEDED')).toBe(Math.max(p.collected.remaining, p.activated.remaining));
      expect(rankValue(target, p.current, 'ACTIVATED_RATE')).toBe(p.activated.rate);
    }
  });

  it('puts units without a value last either way, and ties in code order', () => {
    const rows = [
      { value: 0.5, unit: { code: '2' } },
      { value: null, unit: { code: '0' } },
      { value: 0.9, unit: { code: '3' } },
      { value: 0.5, unit: { code: '1' } },
    ];
    expect([...rows].sort(compareRanked('HIGHEST_FIRST')).map((r) => r.unit.code)).toEqual(['3', '1', '2', '0']);
    expect([...rows].sort(compareRanked('LOWEST_FIRST')).map((r) => r.unit.code)).toEqual(['1', '2', '3', '0']);
  });
});

describe('query history', () => {
  it('never keeps an operation that logs in or carries a password', () => {
    expect(mayRecord('{ ranking(campaign: "DDDT-2023") { totalCount } }')).toBe(true);
    expect(mayRecord('mutation { login(username: "a", password: "b") { username } }')).toBe(false);
    expect(mayRecord('mutation ($p: String!) { changeMyPassword(current: $p, next: $p) }')).toBe(false);
    expect(mayRecord('mutation ($i: CreateUserInput!) { createUser(input: $i) { username } } # Password')).toBe(false);
  });

  it('redacts password-like variables at any depth', () => {
    expect(
      redactVariables({
        input: { username: 'lan', password: 'x', list: [{ secret: 1, ok: 2 }] },
        token: 't',
        first: 10,
      }),
    ).toEqual({
      input: { username: 'lan', password: '[redacted]', list: [{ secret: '[redacted]', ok: 2 }] },
      token: '[redacted]',
      first: 10,
    });
  });
});
