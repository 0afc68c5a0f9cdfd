import type { Workbench } from '../../workbench/workbench';

export const TARGETS_EDITOR = 'targets';

export interface UnitRef {
  code: string;
  name: string;
}

/** Opens the targets editor of a unit: its own target and its children's split. */
export function openTargets(wb: Workbench, unit: UnitRef, options: { side?: boolean } = {}): void {
  const title = { vi: `Chỉ tiêu · ${unit.name}`, en: `Targets · ${unit.name}` };
  wb.editors.open({ typeId: TARGETS_EDITOR, id: unit.code, label: title.vi, title }, { pinned: true, ...options });
}
