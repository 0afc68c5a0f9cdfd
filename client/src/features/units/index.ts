import { createElement } from 'react';
import type { FeatureContext } from '../../lib/feature';
import { registerUnitCommands } from './commands';
import { UnitBreadcrumbs } from './editor/UnitBreadcrumbs';
import { UnitEditor } from './editor/UnitEditor';
import { ExplorerModel } from './explorer/explorer-model';
import { ExplorerView } from './explorer/ExplorerView';
import { UNIT_EDITOR } from './open-unit';
import { unitQuickOpen } from './quick-open';
import { RecentUnits } from './recent-units';
import { RankingView } from './RankingView';
import './i18n';

export { openUnit, type UnitRef } from './open-unit';
export { ReportCompleteness } from './ReportCompleteness';
export { UNIT_EDITOR, UNIT_PRIMARY_MENU } from './open-unit';
export { UnitPicker } from './UnitPicker';
export { useUnitSearch } from './use-unit-search';
export { RateBadge } from './RateBadge';
export { rateBand, type RateBand } from './rate-band';
export { StateBadge } from './StateBadge';

/** The explorer, the unit editor, quick open over units, the ranking panel and their commands. */
export function activateUnits({ workbench, client, user }: FeatureContext): () => void {
  const model = new ExplorerModel(client, user.scope.code);
  const stop = model.start();

  workbench.views.register({
    id: 'explorer',
    location: 'sidebar',
    title: { vi: 'Đơn vị', en: 'Units' },
    icon: 'list-tree',
    order: 0,
    component: () => createElement(ExplorerView, { model }),
  });
  workbench.views.register({
    id: 'ranking',
    location: 'panel',
    title: { vi: 'Xếp hạng', en: 'Ranking' },
    icon: 'graph',
    order: 0,
    component: RankingView,
  });
  workbench.editorProviders.register({
    id: UNIT_EDITOR,
    icon: 'location',
    component: UnitEditor,
    breadcrumbs: UnitBreadcrumbs,
  });
  const recent = new RecentUnits(workbench.profile);
  workbench.quickOpen.register(unitQuickOpen(workbench, client, recent));
  registerUnitCommands(workbench, model, user);
  // When a unit's editor becomes active, the explorer expands down to its row and selects it
  // (VS Code's auto reveal), and Ctrl+P remembers it among the recently opened units.
  let active: string | null = null;
  const offReveal = workbench.editors.store.subscribe(() => {
    const state = workbench.editors.state;
    const group = state.groups.find((g) => g.id === state.activeGroupId);
    const tab = group?.tabs.find((t) => t.key === group.activeKey);
    if (tab?.input.typeId !== UNIT_EDITOR) {
      active = null;
      return;
    }
    const { id: code, label: name, description } = tab.input;
    recent.add({ code, name, ...(description ? { parentName: description } : {}) });
    if (active === tab.key) return;
    active = tab.key;
    if (model.state.selected !== code) void model.reveal(code);
  });
  return () => {
    offReveal();
    stop();
  };
}
