import { nextTheme, settingsStore, updateSettings, type ThemeId } from '../settings/settings-service';
import type { Workbench } from '../workbench';
import { CATEGORY } from './categories';

/** Layout, palette, focus and preference commands of the shell. */
export function registerViewCommands(wb: Workbench): void {
  const { commands, layout } = wb;
  const view = CATEGORY.view;
  const preferences = CATEGORY.preferences;

  commands.register({
    id: 'workbench.action.showCommands',
    title: { vi: 'Hiện tất cả lệnh', en: 'Show All Commands' },
    category: view,
    icon: 'terminal-cmd',
    keybinding: ['F1', '$mod+Shift+P'],
    run: () => wb.quickInput.showPalette('>'),
  });
  commands.register({
    id: 'workbench.action.quickOpen',
    title: { vi: 'Mở nhanh đơn vị…', en: 'Go to Unit…' },
    category: view,
    icon: 'search',
    keybinding: ['$mod+P', 'Alt+KeyP'],
    run: () => wb.quickInput.showPalette(''),
  });
  commands.register({
    id: 'workbench.action.toggleSidebarVisibility',
    title: { vi: 'Bật/tắt thanh bên', en: 'Toggle Primary Side Bar' },
    category: view,
    icon: 'layout-sidebar-left',
    keybinding: ['$mod+KeyB'],
    run: () => layout.update({ sidebarVisible: !layout.state.sidebarVisible }),
  });
  commands.register({
    id: 'workbench.action.togglePanel',
    title: { vi: 'Bật/tắt bảng dưới', en: 'Toggle Panel' },
    category: view,
    icon: 'layout-panel',
    keybinding: ['$mod+KeyJ'],
    run: () => layout.update({ panelVisible: !layout.state.panelVisible }),
  });
  commands.register({
    id: 'workbench.action.focusNextPart',
    title: { vi: 'Chuyển đến vùng kế tiếp', en: 'Focus Next Part' },
    category: view,
    keybinding: ['F6'],
    run: () => wb.focusNextPart(1),
  });
  commands.register({
    id: 'workbench.action.focusPreviousPart',
    title: { vi: 'Chuyển đến vùng trước', en: 'Focus Previous Part' },
    category: view,
    keybinding: ['Shift+F6'],
    run: () => wb.focusNextPart(-1),
  });
  commands.register({
    id: 'workbench.action.newWindow',
    title: { vi: 'Cửa sổ mới', en: 'New Window' },
    category: view,
    icon: 'empty-window',
    keybinding: ['$mod+KeyN', 'Alt+KeyN'],
    run: () => void window.open(window.location.href, '_blank'),
  });
  commands.register({
    id: 'workbench.action.toggleTheme',
    title: {
      vi: 'Đổi giao diện màu (tối, sáng, tương phản cao)',
      en: 'Toggle Color Theme (dark, light, high contrast)',
    },
    category: preferences,
    icon: 'color-mode',
    keybinding: ['$mod+KeyK $mod+KeyT'],
    run: () => updateSettings({ theme: nextTheme(settingsStore.get().theme) }),
  });
  const themes: Array<[ThemeId, string, string]> = [
    ['dark', 'Giao diện tối', 'Dark Theme'],
    ['light', 'Giao diện sáng', 'Light Theme'],
    ['hc', 'Giao diện tương phản cao', 'High Contrast Theme'],
  ];
  for (const [theme, vi, en] of themes) {
    commands.register({
      id: `workbench.action.theme.${theme}`,
      title: { vi, en },
      category: preferences,
      run: () => updateSettings({ theme }),
    });
  }
  commands.register({
    id: 'workbench.action.toggleLanguage',
    title: { vi: 'Đổi ngôn ngữ (Tiếng Việt / English)', en: 'Switch Language (Tiếng Việt / English)' },
    category: preferences,
    icon: 'globe',
    run: () => updateSettings({ language: settingsStore.get().language === 'vi' ? 'en' : 'vi' }),
  });
  commands.register({
    id: 'notifications.clearAll',
    title: { vi: 'Xóa mọi thông báo', en: 'Clear All Notifications' },
    category: view,
    icon: 'clear-all',
    run: () => wb.notifications.clear(),
  });
}
