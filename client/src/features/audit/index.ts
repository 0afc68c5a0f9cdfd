import type { FeatureContext } from '../../lib/feature';
import type { Workbench } from '../../workbench/workbench';
import { AuditEditor } from './AuditEditor';
import './i18n';

const AUDIT_EDITOR = 'audit';
const CATEGORY = { vi: 'Nhật ký', en: 'Audit' };

interface UnitRef {
  code: string;
  name: string;
}
const isUnitRef = (value: unknown): value is UnitRef =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as UnitRef).code === 'string' &&
  typeof (value as UnitRef).name === 'string';

function openAudit(wb: Workbench, unit: UnitRef | null): void {
  const title = unit
    ? { vi: `Nhật ký · ${unit.name}`, en: `Audit · ${unit.name}` }
    : { vi: 'Nhật ký thay đổi', en: 'Audit log' };
  wb.editors.open({ typeId: AUDIT_EDITOR, id: unit?.code ?? 'scope', label: title.vi, title }, { pinned: true });
}

/** The audit log (ADMIN and ANALYST): a tab with filters, from the palette or a unit's menu. */
export function activateAudit({ workbench: wb, user }: FeatureContext): void {
  if (user.role === 'OFFICIAL') return;
  wb.editorProviders.register({ id: AUDIT_EDITOR, icon: 'history', component: AuditEditor });
  wb.commands.register({
    id: 'audit.show',
    title: { vi: 'Xem nhật ký thay đổi', en: 'Show Audit Log' },
    category: CATEGORY,
    icon: 'history',
    menus: [{ menu: 'explorer/context', group: '5_audit', order: 1 }],
    run: (...args) => openAudit(wb, isUnitRef(args[0]) ? args[0] : null),
  });
}
