import { i18n } from '../../i18n/i18n';
import type { SessionUser } from '../../lib/signed-in-user';
import type { Command, MenuPlacement } from '../../workbench/commands/command';
import type { Workbench } from '../../workbench/workbench';
import type { ExplorerModel } from './explorer/explorer-model';
import { EXPLORER_MENU } from './explorer/ExplorerView';
import { isUnitRef, openUnit, type UnitRef } from './open-unit';

const CATEGORY = { vi: 'Đơn vị', en: 'Units' };

/** Explorer and unit commands; context-menu ones get the clicked unit, others the selection. */
export function registerUnitCommands(wb: Workbench, model: ExplorerModel, user: SessionUser): void {
  const target = (args: unknown[]): UnitRef | undefined => {
    if (isUnitRef(args[0])) return args[0];
    const code = model.state.selected;
    const rows = [model.state.root, ...[...model.state.children.values()].flat()];
    return rows.find((node) => node?.code === code) ?? undefined;
  };
  const register = wb.commands.inCategory(CATEGORY);
  /** A command of the explorer's context menu (out of the palette: it needs a unit). */
  const rowCommand = (
    command: Pick<Command, 'id' | 'title' | 'keybinding' | 'keybindingWhen'> & {
      place: Pick<MenuPlacement, 'group' | 'order'>;
    },
    run: (unit: UnitRef) => void | Promise<void>,
  ) => {
    const { place, ...rest } = command;
    register({
      ...rest,
      palette: false,
      menus: [{ menu: EXPLORER_MENU, ...place }],
      run: (...args) => {
        const unit = target(args);
        if (unit) return run(unit);
      },
    });
  };

  rowCommand({ id: 'units.open', title: { vi: 'Mở', en: 'Open' }, place: { group: '1_open', order: 1 } }, (unit) =>
    openUnit(wb, unit, { pinned: true }),
  );
  rowCommand(
    {
      id: 'units.openToSide',
      title: { vi: 'Mở bên cạnh', en: 'Open to the Side' },
      keybinding: ['$mod+Enter'],
      keybindingWhen: 'focusedView == explorer',
      place: { group: '1_open', order: 2 },
    },
    (unit) => openUnit(wb, unit, { pinned: true, side: true }),
  );
  rowCommand(
    { id: 'units.copyCode', title: { vi: 'Sao chép mã', en: 'Copy Code' }, place: { group: '3_copy', order: 1 } },
    async (unit) => {
      await navigator.clipboard?.writeText(unit.code).catch(() => undefined);
      wb.notifications.info(i18n.t('units:copied', { code: unit.code }));
    },
  );
  rowCommand(
    {
      id: 'units.expandAll',
      title: { vi: 'Mở rộng mọi cấp bên dưới', en: 'Expand All Below' },
      place: { group: '2_tree', order: 1 },
    },
    (unit) => wb.notifications.withProgress(unit.name, model.expandAll(unit.code)),
  );
  register({
    id: 'units.collapseAll',
    title: { vi: 'Thu gọn cây đơn vị', en: 'Collapse All Units' },
    icon: 'collapse-all',
    menus: [{ menu: 'view/title:explorer', order: 2 }],
    run: () => model.collapseAll(),
  });
  register({
    id: 'units.openScope',
    title: { vi: 'Mở đơn vị của tôi', en: 'Open My Unit' },
    icon: 'home',
    run: () => openUnit(wb, user.scope, { pinned: true }),
  });
  register({
    id: 'units.focusExplorer',
    title: { vi: 'Hiện cây đơn vị', en: 'Show Units Explorer' },
    keybinding: ['$mod+Shift+KeyE', 'Alt+Shift+KeyE'],
    run: () => {
      wb.layout.update({ sidebarVisible: true, activeSidebarView: 'explorer' });
      requestAnimationFrame(() => document.getElementById('explorer-tree')?.focus());
    },
  });
  register({
    id: 'units.showRanking',
    title: { vi: 'Hiện bảng xếp hạng', en: 'Show Ranking' },
    run: () => wb.layout.showPanelView('ranking'),
  });
}
