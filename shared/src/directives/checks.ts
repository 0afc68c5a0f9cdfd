import type { IsoDate } from '../common/dates';
import { TASK_KIND_RULES } from './task-kinds';
import type { TaskKind } from './vocabulary';

/** A problem with one field of a directive or task, in both languages. */
export interface DirectiveProblem {
  field: string;
  messageVi: string;
  messageEn: string;
}

export interface TaskShape {
  kind: TaskKind;
  deadline: IsoDate | null;
  linkedToTarget: boolean;
}

/**
 * What a task must satisfy against its directive: a dated kind has a deadline, on or after the
 * issue date; an ONGOING task has none; only a DUE_BY task can track the target, and only when
 * the directive concerns a campaign.
 */
export function checkTask(
  task: TaskShape,
  directive: { issuedDate: IsoDate; hasCampaign: boolean },
  label?: { vi: string; en: string },
): DirectiveProblem[] {
  const problems: DirectiveProblem[] = [];
  const add = (field: string, vi: string, en: string) =>
    problems.push({
      field,
      messageVi: label ? `${label.vi}: ${vi}` : vi,
      messageEn: label ? `${label.en}: ${en}` : en,
    });
  const rules = TASK_KIND_RULES[task.kind];
  if (!rules.dated) {
    if (task.deadline !== null)
      add('deadline', 'Nhiệm vụ thường xuyên không có hạn.', 'An ongoing task has no deadline.');
  } else if (task.deadline === null) {
    add('deadline', 'Nhiệm vụ có thời hạn cần ngày hạn.', 'A dated task needs a deadline.');
  } else if (task.deadline < directive.issuedDate) {
    add(
      'deadline',
      `Hạn ${task.deadline} trước ngày ban hành ${directive.issuedDate}.`,
      `The deadline ${task.deadline} is before the issue date ${directive.issuedDate}.`,
    );
  }
  if (task.linkedToTarget) {
    if (!rules.tracksTarget)
      add(
        'linkedToTarget',
        'Chỉ nhiệm vụ có hạn hoàn thành mới gắn với chỉ tiêu.',
        'Only a DUE_BY task can be linked to the target.',
      );
    else if (!directive.hasCampaign)
      add(
        'linkedToTarget',
        'Văn bản chưa gắn với chiến dịch nên không có chỉ tiêu để theo dõi.',
        'The directive concerns no campaign, so there is no target to track.',
      );
  }
  return problems;
}

/** A directive number as stored: trimmed, inner spaces collapsed ("7027/UBND-KSTT"). */
export function normalizeDirectiveNumber(number: string): string {
  return number.trim().replace(/\s+/g, ' ');
}
