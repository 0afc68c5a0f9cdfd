import { describe, expect, it } from 'vitest';
import {
  directiveState,
  elapsedShare,
  lineStatus,
  meanPercent,
  nearestDeadline,
  taskStatus,
  type LineFacts,
} from './line-state';
import { checkTask, normalizeDirectiveNumber } from './checks';
import { peoplesCommitteeName } from './vocabulary';

const issuedDate = '2023-11-14';
const deadline = '2023-12-15';
const base = { directiveStatus: 'IN_FORCE', issuedDate } as const;
const dueBy = (asOf: string, extra: Partial<LineFacts> = {}) =>
  lineStatus({ ...base, kind: 'DUE_BY', deadline, linked: false, asOf, ...extra });
const update = (date: string, percent: number | null, done = false) => ({ latestUpdate: { date, percent, done } });

describe('a linked line', () => {
  const linked = (asOf: string, progress: LineFacts['progress']) =>
    lineStatus({ ...base, kind: 'DUE_BY', deadline, linked: true, asOf, progress });

  it("takes its unit's state and the lower rate, capped at 1", () => {
    expect(linked('2023-11-14', { state: 'AT_RISK', percentDone: 0.5685 })).toEqual({
      state: 'AT_RISK',
      percentDone: 0.5685,
    });
    expect(linked('2023-11-14', { state: 'DONE', percentDone: 1.02 })).toEqual({ state: 'DONE', percentDone: 1 });
    expect(linked('2023-12-16', { state: 'OVERDUE', percentDone: 0.7 }).state).toBe('OVERDUE');
  });

  it('ignores any update: it is never ticked by hand', () => {
    const status = lineStatus({
      ...base,
      kind: 'DUE_BY',
      deadline,
      linked: true,
      asOf: '2023-11-20',
      progress: { state: 'AT_RISK', percentDone: 0.4 },
      ...update('2023-11-19', 1, true),
    });
    expect(status).toEqual({ state: 'AT_RISK', percentDone: 0.4 });
  });

  it('has no percent without a target', () => {
    expect(linked('2023-11-14', { state: 'DONE', percentDone: null })).toEqual({ state: 'DONE', percentDone: null });
  });
});

describe('an unlinked DUE_BY line', () => {
  it('is NOT_STARTED without updates, OVERDUE after the deadline but not on the day itself', () => {
    expect(dueBy('2023-11-20')).toEqual({ state: 'NOT_STARTED', percentDone: 0 });
    expect(dueBy('2023-12-15').state).toBe('NOT_STARTED');
    expect(dueBy('2023-12-16')).toEqual({ state: 'OVERDUE', percentDone: 0 });
    expect(dueBy('2023-12-16', update('2023-12-10', 0.9))).toEqual({ state: 'OVERDUE', percentDone: 0.9 });
  });

  it('is DONE once marked done, even after the deadline', () => {
    expect(dueBy('2023-12-01', update('2023-11-30', 1, true))).toEqual({ state: 'DONE', percentDone: 1 });
    expect(dueBy('2024-01-10', update('2023-12-14', 1, true)).state).toBe('DONE');
  });

  it('is AT_RISK when behind a straight line from the issue date to the deadline', () => {
    // 15-11 is 1 day of 31: anything reported is on track on the first days.
    expect(dueBy('2023-11-15', update('2023-11-15', 0.05)).state).toBe('ON_TRACK');
    // 30-11 is 16 of 31 days (51.6%).
    expect(elapsedShare(issuedDate, deadline, '2023-11-30')).toBeCloseTo(16 / 31, 12);
    expect(dueBy('2023-11-30', update('2023-11-29', 0.5)).state).toBe('AT_RISK');
    expect(dueBy('2023-11-30', update('2023-11-29', 0.52)).state).toBe('ON_TRACK');
  });

  it('on the deadline day: still in time, AT_RISK unless at 100%', () => {
    expect(dueBy('2023-12-15', update('2023-12-15', 0.99)).state).toBe('AT_RISK');
    expect(dueBy('2023-12-15', update('2023-12-15', 1)).state).toBe('ON_TRACK');
    expect(dueBy('2023-12-15', update('2023-12-15', 1, true)).state).toBe('DONE');
  });

  it('treats a deadline on the issue date as all time elapsed', () => {
    expect(elapsedShare('2023-11-14', '2023-11-14', '2023-11-14')).toBe(1);
  });
});

describe('a REPORT_BY line', () => {
  const report = (asOf: string, extra: Partial<LineFacts> = {}) =>
    lineStatus({ ...base, kind: 'REPORT_BY', deadline: '2023-12-18', linked: false, asOf, ...extra });

  it('is NOT_STARTED, then ON_TRACK once worked on, DONE from the day it is filed', () => {
    expect(report('2023-11-14')).toEqual({ state: 'NOT_STARTED', percentDone: 0 });
    expect(report('2023-12-10', update('2023-12-09', 0.3)).state).toBe('ON_TRACK');
    expect(report('2023-12-17', { reportFiledOn: '2023-12-17' })).toEqual({ state: 'DONE', percentDone: 1 });
    expect(report('2023-12-16', { reportFiledOn: '2023-12-17' }).state).toBe('NOT_STARTED');
  });

  it('is OVERDUE after its date, not on it, and DONE from a late filing on', () => {
    expect(report('2023-12-18').state).toBe('NOT_STARTED');
    expect(report('2023-12-19').state).toBe('OVERDUE');
    expect(report('2023-12-19', { reportFiledOn: '2023-12-20' }).state).toBe('OVERDUE');
    expect(report('2023-12-20', { reportFiledOn: '2023-12-20' }).state).toBe('DONE');
  });
});

describe('an ONGOING line', () => {
  const ongoing = (asOf: string, directiveStatus: LineFacts['directiveStatus'] = 'IN_FORCE') =>
    lineStatus({ kind: 'ONGOING', deadline: null, linked: false, directiveStatus, issuedDate, asOf });

  it('is ON_TRACK while the directive is in force, whatever the date after issue', () => {
    expect(ongoing('2023-11-14')).toEqual({ state: 'ON_TRACK', percentDone: null });
    expect(ongoing('2024-06-01').state).toBe('ON_TRACK');
    expect(ongoing('2023-11-13').state).toBe('NOT_STARTED');
  });

  it('is DONE once the directive is completed or superseded', () => {
    expect(ongoing('2023-12-20', 'COMPLETED').state).toBe('DONE');
    expect(ongoing('2023-12-20', 'SUPERSEDED').state).toBe('DONE');
  });
});

describe('tasks and directives', () => {
  it('take the worst line: OVERDUE > AT_RISK > NOT_STARTED > ON_TRACK > DONE', () => {
    const s = (state: any, percentDone: number | null = null) => ({ state, percentDone });
    expect(taskStatus([s('DONE', 1), s('ON_TRACK', 0.5)]).state).toBe('ON_TRACK');
    expect(taskStatus([s('ON_TRACK'), s('NOT_STARTED', 0)]).state).toBe('NOT_STARTED');
    expect(taskStatus([s('NOT_STARTED'), s('AT_RISK'), s('DONE')]).state).toBe('AT_RISK');
    expect(taskStatus([s('AT_RISK'), s('OVERDUE'), s('DONE')]).state).toBe('OVERDUE');
    expect(taskStatus([])).toEqual({ state: 'NOT_STARTED', percentDone: null });
    expect(directiveState(['ON_TRACK', 'AT_RISK', 'NOT_STARTED'])).toBe('AT_RISK');
    expect(directiveState([])).toBe('NOT_STARTED');
  });

  it("average the lines' percent done, skipping lines with nothing to measure", () => {
    expect(
      taskStatus([
        { state: 'DONE', percentDone: 1 },
        { state: 'AT_RISK', percentDone: 0.5 },
        { state: 'ON_TRACK', percentDone: null },
      ]).percentDone,
    ).toBe(0.75);
    expect(meanPercent([null, null])).toBeNull();
  });

  it('point at the earliest deadline still open', () => {
    const tasks = [
      { deadline: null, state: 'ON_TRACK' as const },
      { deadline: '2023-12-18', state: 'NOT_STARTED' as const },
      { deadline: '2023-12-15', state: 'AT_RISK' as const },
    ];
    expect(nearestDeadline(tasks)).toBe('2023-12-15');
    expect(nearestDeadline([{ deadline: '2023-12-15', state: 'DONE' }, ...tasks.slice(0, 2)])).toBe('2023-12-18');
    expect(nearestDeadline([{ deadline: '2023-12-15', state: 'DONE' }])).toBeNull();
  });
});

describe('checks', () => {
  const directive = { issuedDate, hasCampaign: true };
  it('refuses a deadline before the issue date, accepts the issue date itself', () => {
    expect(
      checkTask({ kind: 'DUE_BY', deadline: '2023-11-13', linkedToTarget: false }, directive).map((p) => p.field),
    ).toEqual(['deadline']);
    expect(checkTask({ kind: 'DUE_BY', deadline: '2023-11-14', linkedToTarget: true }, directive)).toEqual([]);
  });

  it('wants a deadline on dated tasks only, and links only DUE_BY tasks of a campaign', () => {
    expect(checkTask({ kind: 'REPORT_BY', deadline: null, linkedToTarget: false }, directive)).toHaveLength(1);
    expect(checkTask({ kind: 'ONGOING', deadline: '2023-12-01', linkedToTarget: false }, directive)).toHaveLength(1);
    expect(checkTask({ kind: 'REPORT_BY', deadline: '2023-12-18', linkedToTarget: true }, directive)).toHaveLength(1);
    expect(
      checkTask({ kind: 'DUE_BY', deadline: '2023-12-18', linkedToTarget: true }, { issuedDate, hasCampaign: false }),
    ).toHaveLength(1);
  });

  it("normalises numbers and names People's Committees as letters do", () => {
    expect(normalizeDirectiveNumber('  7027/UBND-KSTT ')).toBe('7027/UBND-KSTT');
    expect(peoplesCommitteeName('Tỉnh Bến Tre')).toBe('UBND tỉnh Bến Tre');
    expect(peoplesCommitteeName('Thị trấn Ba Tri')).toBe('UBND thị trấn Ba Tri');
  });
});
