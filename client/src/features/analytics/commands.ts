import { i18n } from '../../i18n/i18n';
import { CATEGORY, DOCS_VIEW, QUERIES_VIEW } from './constants';
import { openNewQuery } from './documents/open-query';
import { copySaved } from './documents/saved-actions';
import type { Analytics } from './feature';
import { ClearQueryHistoryMutation } from './operations/clear-query-history';
import { QueryHistoryQuery } from './operations/query-history';
import { SavedQueriesQuery } from './operations/saved-queries';

const IN_GRAPHQL = 'activeEditor == graphql';

/** The query editor's commands: one registry, so the palette, buttons and keys agree. */
export function registerAnalyticsCommands(a: Analytics): void {
  const { wb } = a;
  const register = wb.commands.register.bind(wb.commands);
  const activeDoc = () => {
    const handle = a.handles.active(wb);
    return handle ? a.docs.get(handle.docId) : undefined;
  };

  register({
    id: 'analytics.newQuery',
    title: { vi: 'Truy vấn GraphQL mới', en: 'New GraphQL Query' },
    category: CATEGORY,
    icon: 'add',
    menus: [{ menu: `view/title:${QUERIES_VIEW}`, order: 1 }],
    run: () => void openNewQuery(a),
  });
  register({
    id: 'analytics.run',
    title: { vi: 'Chạy truy vấn', en: 'Run Query' },
    category: CATEGORY,
    icon: 'play',
    keybinding: ['$mod+Enter'],
    when: IN_GRAPHQL,
    keybindingWhen: 'focusedView != explorer',
    menus: [{ menu: 'editor/title', group: 'navigation', order: 0 }],
    run: () => a.handles.active(wb)?.run(),
  });
  register({
    id: 'analytics.prettify',
    title: { vi: 'Làm đẹp truy vấn', en: 'Prettify Query' },
    category: CATEGORY,
    icon: 'wand',
    keybinding: ['Shift+Alt+KeyF'],
    when: IN_GRAPHQL,
    run: () => a.handles.active(wb)?.prettify(),
  });
  register({
    id: 'analytics.editInfo',
    title: { vi: 'Lưu truy vấn với tên, mô tả, chia sẻ…', en: 'Save Query with Name, Description, Sharing…' },
    category: CATEGORY,
    icon: 'save-as',
    when: IN_GRAPHQL,
    run: () => {
      const doc = activeDoc();
      if (doc && !doc.saved?.readOnly) a.docs.update(doc.id, { formOpen: true });
    },
  });
  register({
    id: 'analytics.copyQuery',
    title: { vi: 'Sao chép thành truy vấn của tôi', en: 'Copy to My Queries' },
    category: CATEGORY,
    icon: 'copy',
    when: IN_GRAPHQL,
    run: async () => {
      const saved = activeDoc()?.saved;
      if (saved) await copySaved(a, saved);
    },
  });
  register({
    id: 'analytics.exportCsv',
    title: { vi: 'Xuất kết quả ra CSV (Excel)', en: 'Export Results as CSV (Excel)' },
    category: CATEGORY,
    icon: 'export',
    when: IN_GRAPHQL,
    run: () => a.handles.active(wb)?.exportCsv(),
  });
  register({
    id: 'analytics.exportJson',
    title: { vi: 'Xuất kết quả ra JSON', en: 'Export Results as JSON' },
    category: CATEGORY,
    icon: 'json',
    when: IN_GRAPHQL,
    run: () => a.handles.active(wb)?.exportJson(),
  });
  register({
    id: 'analytics.showQueries',
    title: { vi: 'Hiện truy vấn đã lưu và lịch sử', en: 'Show Saved Queries and History' },
    category: CATEGORY,
    run: () => wb.layout.update({ sidebarVisible: true, activeSidebarView: QUERIES_VIEW }),
  });
  register({
    id: 'analytics.showDocs',
    title: { vi: 'Hiện tài liệu lược đồ GraphQL', en: 'Show GraphQL Schema Docs' },
    category: CATEGORY,
    run: () => wb.layout.update({ sidebarVisible: true, activeSidebarView: DOCS_VIEW }),
  });
  register({
    id: 'analytics.docsHome',
    title: { vi: 'Về trang đầu của tài liệu lược đồ', en: 'Schema Docs: Home' },
    category: CATEGORY,
    icon: 'home',
    palette: false,
    menus: [{ menu: `view/title:${DOCS_VIEW}`, order: 1 }],
    run: () => a.docsNav.home(),
  });
  register({
    id: 'analytics.refreshQueries',
    title: { vi: 'Làm mới danh sách truy vấn', en: 'Refresh Queries' },
    category: CATEGORY,
    icon: 'refresh',
    menus: [{ menu: `view/title:${QUERIES_VIEW}`, order: 2 }],
    run: async () => {
      await a.client.refetchQueries({ include: [SavedQueriesQuery, QueryHistoryQuery] });
    },
  });
  register({
    id: 'analytics.clearHistory',
    title: { vi: 'Xóa lịch sử truy vấn của tôi', en: 'Clear My Query History' },
    category: CATEGORY,
    icon: 'clear-all',
    menus: [{ menu: `view/title:${QUERIES_VIEW}`, order: 3 }],
    run: async () => {
      const answer = await wb.dialogs.ask(
        i18n.t('analytics:history.clearQuestion'),
        [
          { id: 'clear', label: i18n.t('analytics:history.clear') },
          { id: 'cancel', label: i18n.t('analytics:delete.cancel'), primary: true },
        ],
        'cancel',
      );
      if (answer !== 'clear') return;
      await a.client.mutate({ mutation: ClearQueryHistoryMutation });
      await a.client.refetchQueries({ include: [QueryHistoryQuery] });
    },
  });
}
