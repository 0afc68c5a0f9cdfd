import { named } from '../../workbench/editors/editor-state';
import type { Localized } from '../../workbench/state/localized';
import type { Workbench } from '../../workbench/workbench';
import {
  DIRECTIVE_EDITOR,
  DIRECTIVE_FORM,
  NEW_DIRECTIVE,
  REPORT_EDITOR,
  TASK_FORM,
  directiveId,
  lineId,
  taskFormId,
  type DirectiveRef,
  type LineRef,
} from './refs';

type OpenOptions = { pinned?: boolean; side?: boolean };

/** Opens a directive's editor (a preview tab unless pinned). */
export function openDirective(wb: Workbench, ref: DirectiveRef, label: string, options: OpenOptions = {}): void {
  wb.editors.open({ typeId: DIRECTIVE_EDITOR, id: directiveId(ref), label }, options);
}

/** Opens the form of a new directive, or of a directive's header. */
export function openDirectiveForm(wb: Workbench, ref: DirectiveRef | null, label: string | Localized): void {
  wb.editors.open(
    { typeId: DIRECTIVE_FORM, id: ref ? directiveId(ref) : NEW_DIRECTIVE, ...named(label) },
    { pinned: true },
  );
}

/** Opens the form of a new task of a directive, or of one of its tasks. */
export function openTaskForm(wb: Workbench, ref: DirectiveRef, task: number | 'new', label: string | Localized): void {
  wb.editors.open({ typeId: TASK_FORM, id: taskFormId(ref, task), ...named(label) }, { pinned: true });
}

/** Opens the report of a REPORT_BY line. */
export function openReport(wb: Workbench, ref: LineRef, label: string | Localized): void {
  wb.editors.open({ typeId: REPORT_EDITOR, id: lineId(ref), ...named(label) }, { pinned: true });
}

/** A directive's short name, as tabs and lists show it: "Công văn 7027/UBND-KSTT". */
export function directiveLabel(kindName: string, number: string): string {
  return `${kindName} ${number}`;
}
