import type { Workbench } from '../../workbench/workbench';

export const UNIT_EDITOR = 'unit';

/**
 * The unit editor's buttons for the main tasks on a unit (e.g. today's report): run with the
 * unit `{ code, name, level }`; when clauses may read `unitLevel`.
 */
export const UNIT_PRIMARY_MENU = 'unit/primary';

export interface UnitRef {
  code: string;
  name: string;
  /** The parent's name, when known: it tells tabs of the same name apart (the editor finds it otherwise). */
  parentName?: string;
}

/** Opens a unit's editor: a preview tab unless pinned, in the other group when to the side. */
export function openUnit(wb: Workbench, unit: UnitRef, options: { pinned?: boolean; side?: boolean } = {}): void {
  const description = unit.parentName ? { description: unit.parentName } : {};
  wb.editors.open({ typeId: UNIT_EDITOR, id: unit.code, label: unit.name, ...description }, options);
}

export function isUnitRef(value: unknown): value is UnitRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as UnitRef).code === 'string' &&
    typeof (value as UnitRef).name === 'string'
  );
}
