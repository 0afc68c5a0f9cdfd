import type { FeatureContext } from '../../lib/feature';
import { activeTab } from '../../workbench/editors/editor-state';
import { UNIT_EDITOR } from '../units';
import { TargetsEditor } from './editor/TargetsEditor';
import { openTargets, TARGETS_EDITOR, type UnitRef } from './open-targets';
import { TargetProblemsSection } from './TargetProblemsSection';
import './i18n';
import './targets.css';

export { openTargets } from './open-targets';

const CATEGORY = { vi: 'Chỉ tiêu', en: 'Targets' };

const isUnitRef = (value: unknown): value is UnitRef =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as UnitRef).code === 'string' &&
  typeof (value as UnitRef).name === 'string';

/** The targets editor, the Problems panel's target mismatches, and their commands. */
export function activateTargets({ workbench: wb, user }: FeatureContext): void {
  wb.editorProviders.register({ id: TARGETS_EDITOR, icon: 'target', component: TargetsEditor });
  wb.problems.register({
    id: 'targets.mismatch',
    title: { vi: 'Chỉ tiêu chưa khớp', en: 'Targets that do not add up' },
    icon: 'target',
    order: 10,
    component: TargetProblemsSection,
  });

  wb.commands.register({
    id: 'targets.edit',
    title: { vi: 'Phân bổ chỉ tiêu…', en: 'Edit Targets…' },
    category: CATEGORY,
    icon: 'target',
    menus: [{ menu: 'explorer/context', group: '4_tallies', order: 2, when: 'explorerItemLevel != HAMLET' }],
    run: (...args) => {
      if (isUnitRef(args[0])) return openTargets(wb, args[0]);
      const tab = activeTab(wb.editors.state);
      openTargets(wb, tab?.input.typeId === UNIT_EDITOR ? { code: tab.input.id, name: tab.input.label } : user.scope);
    },
  });
}
