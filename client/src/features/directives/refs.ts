/**
 * How the directive feature names what its tabs show. A directive is named by its issuer and
 * number ("83" + "7027/UBND-KSTT"), a task by its number in the letter, a line by its assignee's
 * code. Editor ids are these parts, URI-encoded and joined with "|", so any number fits.
 */
export interface DirectiveRef {
  issuer: string;
  number: string;
}

export interface TaskRef extends DirectiveRef {
  task: number;
}

export interface LineRef extends TaskRef {
  assignee: string;
}

export const DIRECTIVE_EDITOR = 'directive';
export const DIRECTIVE_FORM = 'directive-form';
export const TASK_FORM = 'directive-task-form';
export const REPORT_EDITOR = 'directive-report';

/** The id of the "new directive" form. */
export const NEW_DIRECTIVE = 'new';

const join = (parts: ReadonlyArray<string | number>): string =>
  parts.map((p) => encodeURIComponent(String(p))).join('|');
const split = (id: string): string[] => id.split('|').map(decodeURIComponent);

export function directiveId(ref: DirectiveRef): string {
  return join([ref.issuer, ref.number]);
}

export function parseDirectiveId(id: string): DirectiveRef | null {
  const [issuer, number, ...rest] = split(id);
  if (!issuer || !number || rest.length > 0) return null;
  return { issuer, number };
}

/** A task form's id: its directive and task number, or "new" for a task to add. */
export function taskFormId(ref: DirectiveRef, task: number | 'new'): string {
  return join([ref.issuer, ref.number, task]);
}

export function parseTaskFormId(id: string): (DirectiveRef & { task: number | 'new' }) | null {
  const [issuer, number, task, ...rest] = split(id);
  if (!issuer || !number || !task || rest.length > 0) return null;
  if (task === 'new') return { issuer, number, task };
  const n = Number(task);
  return Number.isInteger(n) && n > 0 ? { issuer, number, task: n } : null;
}

export function lineId(ref: LineRef): string {
  return join([ref.issuer, ref.number, ref.task, ref.assignee]);
}

export function parseLineId(id: string): LineRef | null {
  const [issuer, number, task, assignee, ...rest] = split(id);
  const n = Number(task);
  if (!issuer || !number || !assignee || !Number.isInteger(n) || n < 1 || rest.length > 0) return null;
  return { issuer, number, task: n, assignee };
}
