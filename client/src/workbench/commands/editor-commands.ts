import type { Workbench } from '../workbench';
import { CATEGORY } from './categories';

const TAB_CONTEXT = 'editor/tab/context';

/** Tab and group commands. Ctrl+W and Ctrl+Tab belong to the browser, so each has an Alt twin. */
export function registerEditorCommands(wb: Workbench): void {
  const { commands, editors } = wb;
  const category = CATEGORY.editor;
  /** Tab context menus pass (groupId, key); the palette and keys pass nothing: the active tab. */
  const target = (args: unknown[]): [string | undefined, string | undefined] => [
    typeof args[0] === 'string' ? args[0] : undefined,
    typeof args[1] === 'string' ? args[1] : undefined,
  ];

  commands.register({
    id: 'workbench.action.closeActiveEditor',
    title: { vi: 'Đóng thẻ', en: 'Close Editor' },
    category,
    icon: 'close',
    keybinding: ['$mod+KeyW', 'Alt+KeyW'],
    when: 'editorIsOpen',
    menus: [{ menu: TAB_CONTEXT, group: '1_close', order: 1 }],
    run: async (...args) => {
      const [groupId, key] = target(args);
      if (groupId && key) await editors.close(groupId, [key]);
      else await editors.closeActive();
    },
  });
  commands.register({
    id: 'workbench.action.closeOtherEditors',
    title: { vi: 'Đóng các thẻ khác', en: 'Close Other Editors' },
    category,
    when: 'editorIsOpen',
    keybinding: ['Alt+Shift+KeyW'],
    menus: [{ menu: TAB_CONTEXT, group: '1_close', order: 2 }],
    run: async (...args) => {
      const [groupId, key] = target(args);
      await editors.closeOthers(groupId, key ?? undefined);
    },
  });
  commands.register({
    id: 'workbench.action.closeAllEditors',
    title: { vi: 'Đóng tất cả thẻ', en: 'Close All Editors' },
    category,
    icon: 'close-all',
    when: 'editorIsOpen',
    keybinding: ['$mod+KeyK KeyW'],
    menus: [{ menu: TAB_CONTEXT, group: '1_close', order: 3 }],
    run: () => editors.closeAll(),
  });
  commands.register({
    id: 'workbench.action.reopenClosedEditor',
    title: { vi: 'Mở lại thẻ vừa đóng', en: 'Reopen Closed Editor' },
    category,
    keybinding: ['$mod+Shift+KeyT', 'Alt+Shift+KeyT'],
    run: () => editors.reopenClosed(),
  });
  commands.register({
    id: 'workbench.action.keepEditor',
    title: { vi: 'Giữ thẻ (ghim thẻ xem trước)', en: 'Keep Editor' },
    category,
    icon: 'pinned',
    when: 'editorIsOpen',
    keybinding: ['$mod+KeyK Enter'],
    menus: [{ menu: TAB_CONTEXT, group: '2_keep', order: 1 }],
    run: (...args) => {
      const [groupId, key] = target(args);
      const group = editors.state.groups.find((g) => g.id === (groupId ?? editors.state.activeGroupId));
      const tabKey = key ?? group?.activeKey;
      if (group && tabKey) editors.pin(group.id, tabKey);
    },
  });
  commands.register({
    id: 'workbench.action.files.save',
    title: { vi: 'Lưu', en: 'Save' },
    category,
    icon: 'save',
    keybinding: ['$mod+KeyS'],
    when: 'activeEditorIsDirty',
    run: () => editors.saveActive(),
  });
  commands.register({
    id: 'workbench.action.splitEditor',
    title: { vi: 'Chia đôi vùng thẻ để so sánh', en: 'Split Editor' },
    category,
    icon: 'split-horizontal',
    keybinding: ['$mod+Backslash'],
    menus: [{ menu: 'editor/title', group: 'navigation', order: 1 }, { menu: TAB_CONTEXT, group: '3_split' }],
    run: () => editors.split(),
  });
  commands.register({
    id: 'workbench.action.nextEditor',
    title: { vi: 'Thẻ kế tiếp', en: 'Open Next Editor' },
    category,
    keybinding: ['Control+Tab', 'Alt+PageDown'],
    when: 'editorIsOpen',
    run: () => editors.cycle(1),
  });
  commands.register({
    id: 'workbench.action.previousEditor',
    title: { vi: 'Thẻ trước', en: 'Open Previous Editor' },
    category,
    keybinding: ['Control+Shift+Tab', 'Alt+PageUp'],
    when: 'editorIsOpen',
    run: () => editors.cycle(-1),
  });
  commands.register({
    id: 'workbench.action.focusOtherGroup',
    title: { vi: 'Chuyển sang nhóm thẻ bên kia', en: 'Focus Other Editor Group' },
    category,
    keybinding: ['$mod+KeyK $mod+ArrowRight'],
    when: 'multipleEditorGroups',
    run: () => {
      const other = editors.state.groups.find((g) => g.id !== editors.state.activeGroupId);
      if (other) editors.focusGroup(other.id);
    },
  });
}
