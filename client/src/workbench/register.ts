import { CATEGORY } from './commands/categories';
import { registerEditorCommands } from './commands/editor-commands';
import { registerViewCommands } from './commands/view-commands';
import { registerWorkbenchDictionaries } from './i18n';
import { OutputView } from './notifications/OutputView';
import { PROBLEMS_VIEW } from './problems/problem-section';
import { ProblemsView } from './problems/ProblemsView';
import { KeybindingsEditor } from './settings/KeybindingsEditor';
import { SettingsEditor } from './settings/SettingsEditor';
import type { Workbench } from './workbench';

registerWorkbenchDictionaries();

/** The shell's own contributions: its commands, the settings and shortcuts editors, Output. */
export function registerWorkbench(wb: Workbench): void {
  registerViewCommands(wb);
  registerEditorCommands(wb);

  wb.editorProviders.register({ id: 'settings', icon: 'settings-gear', component: SettingsEditor });
  wb.editorProviders.register({ id: 'keybindings', icon: 'keyboard', component: KeybindingsEditor });
  wb.views.register({
    id: 'output',
    location: 'panel',
    title: { vi: 'Thông báo', en: 'Notifications' },
    icon: 'output',
    order: 90,
    component: OutputView,
  });
  wb.views.register({
    id: PROBLEMS_VIEW,
    location: 'panel',
    title: { vi: 'Vấn đề', en: 'Problems' },
    icon: 'warning',
    order: 5,
    component: ProblemsView,
  });
  wb.commands.register({
    id: 'workbench.actions.view.problems',
    title: { vi: 'Hiện bảng vấn đề', en: 'Show Problems' },
    category: CATEGORY.view,
    icon: 'warning',
    keybinding: ['$mod+Shift+KeyM', 'Alt+Shift+KeyM'],
    run: () => wb.layout.showPanelView(PROBLEMS_VIEW),
  });

  wb.commands.register({
    id: 'workbench.action.openSettings',
    title: { vi: 'Mở cài đặt', en: 'Open Settings' },
    category: CATEGORY.preferences,
    icon: 'settings-gear',
    keybinding: ['$mod+Comma'],
    run: () =>
      wb.editors.open(
        { typeId: 'settings', id: 'user', label: 'Cài đặt', title: { vi: 'Cài đặt', en: 'Settings' } },
        { pinned: true },
      ),
  });
  wb.commands.register({
    id: 'workbench.action.openGlobalKeybindings',
    title: { vi: 'Mở danh sách phím tắt', en: 'Open Keyboard Shortcuts' },
    category: CATEGORY.preferences,
    icon: 'keyboard',
    keybinding: ['$mod+KeyK $mod+KeyS'],
    run: () =>
      wb.editors.open(
        { typeId: 'keybindings', id: 'all', label: 'Phím tắt', title: { vi: 'Phím tắt', en: 'Keyboard Shortcuts' } },
        { pinned: true },
      ),
  });
}
