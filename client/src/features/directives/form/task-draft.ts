import { formatDate, TASK_KIND_RULES, type IsoDate, type TaskKind } from '@chitieu/shared';
import { parseViDate } from '../../../lib/dates';

export interface Assignee {
  code: string;
  name: string;
}

/** A task as the form edits it. */
export interface TaskDraft {
  title: string;
  text: string;
  kind: TaskKind;
  deadline: string;
  linkedToTarget: boolean;
  assignees: Assignee[];
}

export const EMPTY_TASK: TaskDraft = {
  title: '',
  text: '',
  kind: 'DUE_BY',
  deadline: '',
  linkedToTarget: false,
  assignees: [],
};

export function taskDraftOf(
  task: { title: string; text: string; kind: TaskKind; deadline?: IsoDate | null; linkedToTarget: boolean },
  assignees: Assignee[],
): TaskDraft {
  return {
    title: task.title,
    text: task.text,
    kind: task.kind,
    deadline: task.deadline ? formatDate(task.deadline) : '',
    linkedToTarget: task.linkedToTarget,
    assignees,
  };
}

/** Adds assignees, each code once, keeping the order they were added in. */
export function withAssignees(list: readonly Assignee[], added: readonly Assignee[]): Assignee[] {
  const seen = new Set(list.map((a) => a.code));
  return [...list, ...added.filter((a) => !seen.has(a.code) && seen.add(a.code))];
}

export interface TaskFieldsInput {
  title: string;
  text: string;
  kind: TaskKind;
  deadline: IsoDate | null;
  linkedToTarget: boolean;
}

/**
 * What to send for a task: its fields, and the assignees to add and to remove against the saved
 * ones. Only the deadline is read here (empty means none; the server says when one is needed).
 */
export function taskChanges(
  draft: TaskDraft,
  saved: readonly Assignee[],
): { badDate: true } | { fields: TaskFieldsInput; added: string[]; removed: string[] } {
  const text = draft.deadline.trim();
  const deadline = text === '' ? null : parseViDate(text);
  if (text !== '' && !deadline) return { badDate: true };
  const before = new Set(saved.map((a) => a.code));
  const after = new Set(draft.assignees.map((a) => a.code));
  return {
    fields: {
      title: draft.title,
      text: draft.text,
      kind: draft.kind,
      deadline,
      linkedToTarget: TASK_KIND_RULES[draft.kind].tracksTarget && draft.linkedToTarget,
    },
    added: [...after].filter((code) => !before.has(code)),
    removed: [...before].filter((code) => !after.has(code)),
  };
}
