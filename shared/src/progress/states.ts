/** The state of a unit's progress, or of a directive line, on a given day. */
export const PROGRESS_STATES = ['DONE', 'ON_TRACK', 'AT_RISK', 'OVERDUE', 'NOT_STARTED'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];

/** Worst first: a task's state is its worst line's. */
const SEVERITY: Record<ProgressState, number> = { OVERDUE: 4, AT_RISK: 3, NOT_STARTED: 2, ON_TRACK: 1, DONE: 0 };

export function worstState(states: readonly ProgressState[]): ProgressState {
  let worst: ProgressState = 'DONE';
  for (const state of states) if (SEVERITY[state] > SEVERITY[worst]) worst = state;
  return worst;
}

export function compareStateSeverity(a: ProgressState, b: ProgressState): number {
  return SEVERITY[a] - SEVERITY[b];
}
