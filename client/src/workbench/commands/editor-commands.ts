import type { Workbench } from '../workbench';
import type { Command, MenuPlacement } from './command';
import { CATEGORY } from './categories';

const TAB_CONTEXT = 'editor/tab/context';

/** Tab and group commands. Ctrl+W and Ctrl+Tab belong to the browser, so each has an Alt twin. */
export function registerEditorCommands(wb: Workbench): void {
  const { commands, editors } = wb;
  const register = commands.inCategory(CATEGORY.editor);
  /** A command of the tab context menu: it needs an open editor. */
  const tabCommand = (
    place: Pick<MenuPlacement, 'group' | 'order'>,
    command: Omit<Command, 'category' | 'when' | 'menus'>,
  ) => register({ ...command, when: 'editorIsOpen', menus: [{ menu: TAB_CONTEXT, ...place }] });
  /** Tab context menus pass (groupId, key); the palette and keys pass nothing: the active tab. */
  const target = (args: unknown[]): [string | undefined, string | undefined] => [
    typeof args[0] === 'string' ? args[0] : undefined,
    typeof args[1] === 'string' ? args[1] : undefined,
  ];

  tabCommand(
    { group: '1_close', order: 1 },
    {
      id: 'workbench.action.closeActiveEditor',
      title: { vi: 'Đóng thẻ', en: 'Close Editor' },
      icon: 'close',
      keybinding: ['$mod+KeyW', 'Alt+KeyW'],
      run: async (...args) => {
        const [groupId, key] = target(args);
        if (groupId && key) await editors.close(groupId, [key]);
        else await editors.closeActive();
      },
    },
  );
  tabCommand(
    { group: '1_close', order: 2 },
    {
      id: 'workbench.action.closeOtherEditors',
      title: { vi: 'Đóng các thẻ khác', en: 'Close Other Editors' },
      keybinding: ['Alt+Shift+KeyW'],
      run: async (...args) => {
        const [groupId, key] = target(args);
        await editors.closeOthers(groupId, key ?? undefined);
      },
    },
  );
  tabCommand(
    { group: '1_close', order: 3 },
    {
      id: 'workbench.action.closeAllEditors',
      title: { vi: 'Đóng tất cả thẻ', en: 'Close All Editors' },
      icon: 'close-all',
      keybinding: ['$mod+KeyK KeyW'],
      run: () => editors.closeAll(),
    },
  );
  register({
    id: 'workbench.action.reopenClosedEditor',
    title: { vi: 'Mở lại thẻ vừa đóng', en: 'Reopen Closed Editor' },
    keybinding: ['$mod+Shift+KeyT', 'Alt+Shift+KeyT'],
    run: () => editors.reopenClosed(),
  });
  tabCommand(
    { group: '2_keep', order: 1 },
    {
      id: 'workbench.action.keepEditor',
      title: { vi: 'Giữ thẻ (ghim thẻ xem trước)', en: 'Keep Editor' },
      icon: 'pinned',
      keybinding: ['$mod+KeyK Enter'],
      run: (...args) => {
        const [groupId, key] = target(args);
        const group = editors.state.groups.find((g) => g.id === (groupId ?? editors.state.activeGroupId));
        const tabKey = key ?? group?.activeKey;
        if (group && tabKey) editors.pin(group.id, tabKey);
      },
    },
  );
  register({
    id: 'workbench.action.files.save',
    title: { vi: 'Lưu', en: 'Save' },
    icon: 'save',
    keybinding: ['$mod+KeyS'],
    when: 'activeEditorIsDirty',
    run: () => editors.saveActive(),
  });
  register({
    id: 'workbench.action.splitEditor',
    title: { vi: 'Chia đôi vùng thẻ để so sánh', en: 'Split Editor' },
    icon: 'split-horizontal',
    keybinding: ['$mod+Backslash'],
    menus: [
      { menu: 'editor/title', group: 'navigation', order: 1 },
      { menu: TAB_CONTEXT, group: '3_split' },
    ],
    run: () => editors.split(),
  });
  register({
    id: 'workbench.action.nextEditor',
    title: { vi: 'Thẻ kế tiếp', en: 'Open Next Editor' },
    keybinding: ['Control+Tab', 'Alt+PageDown'],
    when: 'editorIsOpen',
    run: () => editors.cycle(1),
  });
  register({
    id: 'workbench.action.previousEditor',
    title: { vi: 'Thẻ trước', en: 'Open Previous Editor' },
    keybinding: ['Control+Shift+Tab', 'Alt+PageUp'],
    when: 'editorIsOpen',
    run: () => editors.cycle(-1),
  });
  register({
    id: 'workbench.action.focusOtherGroup',
    title: { vi: 'Chuyển sang nhóm thẻ bên kia', en: 'Focus Other Editor Group' },
    keybinding: ['$mod+KeyK $mod+ArrowRight'],
    when: 'multipleEditorGroups',
    run: () => {
      const other = editors.state.groups.find((g) => g.id !== editors.state.activeGroupId);
      if (other) editors.focusGroup(other.id);
    },
  });
}
