import { daysBetween, type IsoDate } from '../common/dates';
import { worstState, type ProgressState } from '../progress/states';
import type { DirectiveStatus, TaskKind } from './vocabulary';

/**
 * The state of a directive's lines (one per assignee of a task) as of any date, and of their
 * tasks. Pure: the server feeds in what the database holds; the console can use the same rules.
 */

/** The latest progress update of an unlinked line on or before the as-of date. */
export interface LineUpdateFact {
  date: IsoDate;
  /** 0..1; null on a note without a figure (allowed on ONGOING lines only). */
  percent: number | null;
  done: boolean;
}

/** A linked line's figures: what assessProgress says of its unit against the task's deadline. */
export interface LinkedProgressFact {
  /** The lower of the unit's two rates; null when its target is 0. */
  percentDone: number | null;
  state: ProgressState;
}

export interface LineFacts {
  kind: TaskKind;
  /** The task's deadline (null for ONGOING). */
  deadline: IsoDate | null;
  /** Linked to the campaign target: state and percent come from tallies, never from a tick. */
  linked: boolean;
  directiveStatus: DirectiveStatus;
  issuedDate: IsoDate;
  asOf: IsoDate;
  /** Linked lines: the unit's progress. */
  progress?: LinkedProgressFact | null;
  /** Unlinked lines: the latest update on or before asOf. */
  latestUpdate?: LineUpdateFact | null;
  /** REPORT_BY lines: the business date of the first report filed on or before asOf. */
  reportFiledOn?: IsoDate | null;
}

export interface LineStatus {
  state: ProgressState;
  /** 0..1, never rounded; null when the line has nothing to measure (ONGOING, a 0 target). */
  percentDone: number | null;
}

/**
 * How far through its time an unlinked DUE_BY line is: 0 on the issue date, 1 on the deadline.
 * A line whose reported percent is below this share is AT_RISK (behind a straight line from the
 * issue date to the deadline).
 */
export function elapsedShare(issuedDate: IsoDate, deadline: IsoDate, asOf: IsoDate): number {
  const span = daysBetween(issuedDate, deadline);
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, daysBetween(issuedDate, asOf) / span));
}

function linkedLine(progress: LinkedProgressFact | null | undefined): LineStatus {
  if (!progress) return { state: 'NOT_STARTED', percentDone: 0 };
  const percentDone = progress.percentDone === null ? null : Math.min(1, progress.percentDone);
  return { state: progress.state, percentDone };
}

function ongoingLine({ directiveStatus, issuedDate, asOf }: LineFacts): LineStatus {
  if (directiveStatus !== 'IN_FORCE') return { state: 'DONE', percentDone: null };
  return { state: asOf < issuedDate ? 'NOT_STARTED' : 'ON_TRACK', percentDone: null };
}

function dueByLine({ deadline, issuedDate, asOf, latestUpdate }: LineFacts & { deadline: IsoDate }): LineStatus {
  const percent = latestUpdate?.percent ?? 0;
  if (latestUpdate?.done) return { state: 'DONE', percentDone: 1 };
  if (asOf > deadline) return { state: 'OVERDUE', percentDone: percent };
  if (!latestUpdate) return { state: 'NOT_STARTED', percentDone: 0 };
  const behind = percent < elapsedShare(issuedDate, deadline, asOf);
  return { state: behind ? 'AT_RISK' : 'ON_TRACK', percentDone: percent };
}

function reportByLine({ deadline, asOf, latestUpdate, reportFiledOn }: LineFacts & { deadline: IsoDate }): LineStatus {
  if (reportFiledOn && reportFiledOn <= asOf) return { state: 'DONE', percentDone: 1 };
  const percent = latestUpdate?.percent ?? 0;
  if (asOf > deadline) return { state: 'OVERDUE', percentDone: percent };
  return latestUpdate ? { state: 'ON_TRACK', percentDone: percent } : { state: 'NOT_STARTED', percentDone: 0 };
}

/**
 * One line as of a date:
 * - linked (DUE_BY tied to the target): the unit's own state from tallies, target and deadline;
 *   percent done is the lower of its two rates (capped at 1);
 * - ONGOING: ON_TRACK while the directive is in force (NOT_STARTED before its issue date), DONE
 *   once it is completed or superseded; nothing to measure;
 * - DUE_BY, unlinked: DONE once marked done; OVERDUE after the deadline (the deadline day itself
 *   is still in time); NOT_STARTED without an update; AT_RISK when the latest percent is behind
 *   the share of time elapsed since the issue date, else ON_TRACK;
 * - REPORT_BY: DONE from the day a report is filed; OVERDUE after its date; ON_TRACK once work on
 *   it is reported in an update, NOT_STARTED before.
 */
export function lineStatus(facts: LineFacts): LineStatus {
  switch (facts.kind) {
    case 'ONGOING':
      return ongoingLine(facts);
    case 'DUE_BY':
      if (facts.linked) return linkedLine(facts.progress);
      return dueByLine({ ...facts, deadline: requireDeadline(facts) });
    case 'REPORT_BY':
      return reportByLine({ ...facts, deadline: requireDeadline(facts) });
  }
}

function requireDeadline(facts: LineFacts): IsoDate {
  if (!facts.deadline) throw new RangeError(`A ${facts.kind} task needs a deadline`);
  return facts.deadline;
}

/** The mean of the percents that exist; null when none does. */
export function meanPercent(percents: ReadonlyArray<number | null>): number | null {
  const known = percents.filter((p): p is number => p !== null);
  return known.length === 0 ? null : known.reduce((sum, p) => sum + p, 0) / known.length;
}

/**
 * A task's state is its worst line's (OVERDUE > AT_RISK > NOT_STARTED > ON_TRACK > DONE), and its
 * percent done the mean of its lines'. A task nobody has been given yet is NOT_STARTED.
 */
export function taskStatus(lines: readonly LineStatus[]): LineStatus {
  if (lines.length === 0) return { state: 'NOT_STARTED', percentDone: null };
  return { state: worstState(lines.map((l) => l.state)), percentDone: meanPercent(lines.map((l) => l.percentDone)) };
}

/** A directive is as late as its latest task; without tasks it has not started. */
export function directiveState(taskStates: readonly ProgressState[]): ProgressState {
  return taskStates.length === 0 ? 'NOT_STARTED' : worstState(taskStates);
}

/**
 * The deadline that matters next: the earliest deadline of a task not yet DONE (already past when
 * that task is OVERDUE); null when every dated task is done.
 */
export function nearestDeadline(
  tasks: ReadonlyArray<{ deadline: IsoDate | null; state: ProgressState }>,
): IsoDate | null {
  let nearest: IsoDate | null = null;
  for (const { deadline, state } of tasks) {
    if (deadline !== null && state !== 'DONE' && (nearest === null || deadline < nearest)) nearest = deadline;
  }
  return nearest;
}
