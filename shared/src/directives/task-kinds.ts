import type { TaskKind } from './vocabulary';

/** How a line of a task becomes DONE: marked by hand, by filing its report, or with its directive. */
export type DoneBy = 'MARK' | 'REPORT' | 'DIRECTIVE';

/** What a kind of task allows: the one place the server and the console read these rules from. */
export interface TaskKindRules {
  /** Has a deadline (required, on or after the issue date); an undated kind never has one. */
  dated: boolean;
  /** May be linked to the campaign target: its lines then follow the tallies. */
  tracksTarget: boolean;
  /** A progress update on its lines must give a percent done (else it is a note). */
  updateNeedsPercent: boolean;
  doneBy: DoneBy;
}

/**
 * The task kinds and their rules; a new kind is one more entry (the compiler asks for it).
 * ONGOING: a standing duty, no deadline, ends with its directive. DUE_BY: done by its deadline,
 * marked done by hand or tracked against the target. REPORT_BY: done when its report is filed.
 */
export const TASK_KIND_RULES: Record<TaskKind, TaskKindRules> = {
  ONGOING: { dated: false, tracksTarget: false, updateNeedsPercent: false, doneBy: 'DIRECTIVE' },
  DUE_BY: { dated: true, tracksTarget: true, updateNeedsPercent: true, doneBy: 'MARK' },
  REPORT_BY: { dated: true, tracksTarget: false, updateNeedsPercent: true, doneBy: 'REPORT' },
};

/** A line of this kind is done by filing a report (the report tasks). */
export function filesReport(kind: TaskKind): boolean {
  return TASK_KIND_RULES[kind].doneBy === 'REPORT';
}

/** A line of this kind can be marked done by hand (when it does not track the target). */
export function canMarkDone(kind: TaskKind): boolean {
  return TASK_KIND_RULES[kind].doneBy === 'MARK';
}

const NOT_MARKED: Record<Exclude<DoneBy, 'MARK'>, { vi: string; en: string }> = {
  REPORT: {
    vi: 'Nhiệm vụ báo cáo hoàn thành khi nộp báo cáo (fileReport).',
    en: 'A report task is done when its report is filed (fileReport).',
  },
  DIRECTIVE: {
    vi: 'Nhiệm vụ thường xuyên không có điểm kết thúc; nó kết thúc cùng văn bản.',
    en: 'An ongoing task has no end; it ends with the directive.',
  },
};

/** Why a line of this kind cannot be marked done, in both languages; null when it can. */
export function markDoneRefusal(kind: TaskKind): { vi: string; en: string } | null {
  const { doneBy } = TASK_KIND_RULES[kind];
  return doneBy === 'MARK' ? null : NOT_MARKED[doneBy];
}
