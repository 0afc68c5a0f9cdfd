import { describe, expect, it } from 'vitest';
import { assessMetric, assessProgress, paceWindowEnd, rate } from './progress';
import { worstState } from './states';

const deadline = '2023-12-15';

describe('rates', () => {
  it('is the exact fraction of the target, null without a target', () => {
    expect(rate(822_139, 930_767)).toBeCloseTo(0.883292, 6);
    expect(rate(5, 0)).toBeNull();
  });
});

describe('one count against the deadline', () => {
  it('computes remaining, days left, pace needed, recent pace and projection', () => {
    const m = assessMetric({ target: 930_767, tally: 663_614, tallyWeekAgo: 623_614, asOf: '2023-11-14', deadline });
    expect(m.remaining).toBe(267_153);
    expect(m.daysLeft).toBe(31);
    expect(m.paceNeeded).toBeCloseTo(267_153 / 31, 9);
    expect(m.recentPace).toBeCloseTo(40_000 / 7, 9);
    // 267,153 ÷ 5,714.3 per day = 46.75 → 47 days → 31-12-2023, after the deadline.
    expect(m.projectedCompletion).toBe('2023-12-31');
    expect(m.state).toBe('AT_RISK');
  });

  it('is ON_TRACK when the projection lands on the deadline itself', () => {
    // 310 left at 10 a day: exactly 31 days, finishing on 15-12.
    const m = assessMetric({ target: 1000, tally: 690, tallyWeekAgo: 620, asOf: '2023-11-14', deadline });
    expect(m.projectedCompletion).toBe('2023-12-15');
    expect(m.state).toBe('ON_TRACK');
    const late = assessMetric({ target: 1000, tally: 690, tallyWeekAgo: 621, asOf: '2023-11-14', deadline });
    expect(late.state).toBe('AT_RISK');
  });

  it('is DONE at or over the target, whatever the date', () => {
    const m = assessMetric({ target: 100, tally: 104, tallyWeekAgo: 90, asOf: '2023-12-20', deadline });
    expect(m).toMatchObject({ remaining: 0, paceNeeded: 0, projectedCompletion: null, state: 'DONE' });
  });

  it('is OVERDUE after the deadline, but not on the deadline day itself', () => {
    expect(assessMetric({ target: 100, tally: 50, tallyWeekAgo: 10, asOf: '2023-12-16', deadline }).state).toBe(
      'OVERDUE',
    );
    const onTheDay = assessMetric({ target: 100, tally: 50, tallyWeekAgo: 10, asOf: '2023-12-15', deadline });
    expect(onTheDay.state).toBe('AT_RISK');
    expect(onTheDay.paceNeeded).toBeNull();
  });

  it('is AT_RISK when nothing moved in the last week', () => {
    const m = assessMetric({ target: 100, tally: 50, tallyWeekAgo: 50, asOf: '2023-11-14', deadline });
    expect(m.recentPace).toBe(0);
    expect(m.projectedCompletion).toBeNull();
    expect(m.state).toBe('AT_RISK');
  });
});

describe('the recent pace up to the latest reported day', () => {
  it('ends the 7 days on the as-of date once it has a report, on the day before until then', () => {
    expect(paceWindowEnd('2023-11-14', '2023-11-15')).toBe('2023-11-14');
    expect(paceWindowEnd('2023-11-15', '2023-11-15')).toBe('2023-11-15');
    expect(paceWindowEnd(null, '2023-11-15')).toBe('2023-11-14');
  });

  it('still counts the days of a unit that stopped reporting as days without gain', () => {
    // Last report on 08-11: on 15-11 the window is 07-11..14-11, not the week that ended on 08-11.
    expect(paceWindowEnd('2023-11-08', '2023-11-15')).toBe('2023-11-14');
  });

  it('gives the morning before anyone reports the same pace, projection and state as the day before', () => {
    // On 14-11: 310 left at 10 a day, finishing on 15-12 exactly (ON_TRACK). On 15-11 no report yet:
    // the week is still the one ending 14-11, not one with a zero-gain day in it.
    const evening = assessMetric({ target: 1000, tally: 690, tallyWeekAgo: 620, asOf: '2023-11-14', deadline });
    const morning = assessMetric({
      target: 1000,
      tally: 690,
      tallyWeekAgo: 620,
      asOf: '2023-11-15',
      paceEnd: '2023-11-14',
      deadline,
    });
    expect(morning.recentPace).toBe(evening.recentPace);
    expect(morning.projectedCompletion).toBe('2023-12-15');
    expect(morning.state).toBe('ON_TRACK');
    // Days left and pace needed stay from the as-of date.
    expect(morning.daysLeft).toBe(30);
    expect(morning.paceNeeded).toBeCloseTo(310 / 30, 9);
  });

  it('never projects completion before the as-of date', () => {
    const m = assessMetric({
      target: 1000,
      tally: 990,
      tallyWeekAgo: 920,
      asOf: '2023-11-20',
      paceEnd: '2023-11-10',
      deadline,
    });
    expect(m.projectedCompletion).toBe('2023-11-20');
    expect(m.state).toBe('ON_TRACK');
  });

  it('passes the day to both counts of a unit', () => {
    const p = assessProgress({
      target: 1000,
      asOf: '2023-11-15',
      paceEnd: '2023-11-14',
      deadline,
      current: { collected: 690, activated: 690 },
      weekAgo: { collected: 620, activated: 620 },
    });
    expect([p.collected.projectedCompletion, p.activated.projectedCompletion, p.state]).toEqual([
      '2023-12-15',
      '2023-12-15',
      'ON_TRACK',
    ]);
  });
});

describe('a unit with both counts', () => {
  const base = { target: 1000, asOf: '2023-11-14', deadline };

  it('takes the lower rate as percent done and the worse state', () => {
    const p = assessProgress({
      ...base,
      current: { collected: 1010, activated: 838 },
      weekAgo: { collected: 990, activated: 800 },
    });
    expect(p.percentDone).toBeCloseTo(0.838, 9);
    expect(p.collected.state).toBe('DONE');
    expect(p.activated.state).toBe('ON_TRACK');
    expect(p.state).toBe('ON_TRACK');
  });

  it('is NOT_STARTED with nothing at all, OVERDUE once late, DONE when both are met', () => {
    const zero = { collected: 0, activated: 0 };
    expect(assessProgress({ ...base, current: zero, weekAgo: zero }).state).toBe('NOT_STARTED');
    expect(assessProgress({ ...base, asOf: '2023-12-16', current: zero, weekAgo: zero }).state).toBe('OVERDUE');
    const met = { collected: 1000, activated: 1000 };
    expect(assessProgress({ ...base, current: met, weekAgo: zero }).state).toBe('DONE');
  });

  it('has no percent done without a target', () => {
    const p = assessProgress({
      ...base,
      target: 0,
      current: { collected: 3, activated: 1 },
      weekAgo: { collected: 0, activated: 0 },
    });
    expect(p.percentDone).toBeNull();
    expect(p.state).toBe('DONE');
  });
});

describe('worst state', () => {
  it('orders OVERDUE > AT_RISK > NOT_STARTED > ON_TRACK > DONE', () => {
    expect(worstState(['DONE', 'ON_TRACK'])).toBe('ON_TRACK');
    expect(worstState(['ON_TRACK', 'NOT_STARTED'])).toBe('NOT_STARTED');
    expect(worstState(['NOT_STARTED', 'AT_RISK', 'DONE'])).toBe('AT_RISK');
    expect(worstState(['AT_RISK', 'OVERDUE'])).toBe('OVERDUE');
    expect(worstState([])).toBe('DONE');
  });
});
