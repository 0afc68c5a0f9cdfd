import { describe, expect, it } from 'vitest';
import { changeSince, rankRows, type ReportFigures } from './report';

const row = (code: string, collectedRate: number | null, activatedRate: number | null): ReportFigures => ({
  code,
  target: 100,
  collected: 0,
  activated: 0,
  collectedRate,
  activatedRate,
});

describe('report ranking', () => {
  it('ranks by activation rate, then collection rate; ties share a rank; no target, no rank', () => {
    const ranks = rankRows([
      row('836', 0.716, 0.5685),
      row('837', 1.0126, 0.8377),
      row('831', 1.0058, 0.7981),
      row('838', 0.7749, 0.6836),
      row('900', null, null),
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ '837': 1, '831': 2, '838': 3, '836': 4, '900': null });
    const tie = rankRows([row('a', 0.5, 0.4), row('b', 0.5, 0.4), row('c', 0.6, 0.3), row('d', 0.9, 0.4)]);
    expect(Object.fromEntries(tie)).toEqual({ d: 1, a: 2, b: 2, c: 4 });
  });

  it('measures the change since a previous report', () => {
    expect(changeSince({ collected: 120, activated: 90 }, { collected: 100, activated: 80 })).toEqual({
      collected: 20,
      activated: 10,
    });
    expect(changeSince({ collected: 1, activated: 1 }, undefined)).toBeNull();
  });
});
