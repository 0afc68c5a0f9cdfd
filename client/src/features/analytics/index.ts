import { createElement } from 'react';
import type { FeatureContext } from '../../lib/feature';
import type { Workbench } from '../../workbench/workbench';
import { registerAnalyticsCommands } from './commands';
import { DOCS_VIEW, GRAPHQL_EDITOR, QUERIES_VIEW } from './constants';
import { DocsNavigation } from './docs/docs-navigation';
import { DocsView } from './docs/DocsView';
import { isDirty, QueryDocuments } from './documents/query-documents';
import { GraphqlEditor } from './editor/GraphqlEditor';
import { EditorHandles } from './editor/editor-handles';
import type { Analytics } from './feature';
import { monacoHooks } from './monaco-hooks';
import { savedQueryQuickOpen } from './quick-open';
import { QueriesView } from './views/QueriesView';
import './analytics.css';
import './i18n';

function openTabs(wb: Workbench): string[] {
  return wb.editors.state.groups
    .flatMap((g) => g.tabs)
    .filter((t) => t.input.typeId === GRAPHQL_EDITOR)
    .map((t) => t.input.id);
}

/** Who gets the query editor: analysts, and admins (who may read the same data). */
export const ANALYTICS_ROLES: ReadonlySet<string> = new Set(['ANALYST', 'ADMIN']);

/**
 * The GraphQL workbench: a "graphql" editor type (several tabs), saved queries, the example
 * library and the history in the side bar, the schema docs beside them, quick open over saved
 * queries, and their commands. Monaco loads with the first GraphQL tab.
 */
export function activateAnalytics({ workbench: wb, client, user }: FeatureContext): () => void {
  if (!ANALYTICS_ROLES.has(user.role)) return () => undefined;
  const a: Analytics = {
    wb,
    client,
    docs: new QueryDocuments(user.username),
    handles: new EditorHandles(),
    docsNav: new DocsNavigation(),
  };

  wb.editorProviders.register({
    id: GRAPHQL_EDITOR,
    icon: 'file-code',
    component: function GraphqlTab(props) {
      return createElement(GraphqlEditor, { ...props, analytics: a });
    },
  });
  wb.views.register({
    id: QUERIES_VIEW,
    location: 'sidebar',
    title: { vi: 'Truy vấn', en: 'Queries' },
    icon: 'database',
    order: 20,
    component: () => createElement(QueriesView, { a }),
  });
  wb.views.register({
    id: DOCS_VIEW,
    location: 'sidebar',
    title: { vi: 'Tài liệu lược đồ', en: 'Schema Docs' },
    icon: 'book',
    order: 21,
    component: () => createElement(DocsView, { nav: a.docsNav }),
  });
  wb.quickOpen.register(savedQueryQuickOpen(a));
  registerAnalyticsCommands(a);

  monacoHooks.showPalette = () => wb.quickInput.showPalette('>');
  monacoHooks.revealSchema = (ref) => {
    a.docsNav.reveal(ref);
    wb.layout.update({ sidebarVisible: true, activeSidebarView: DOCS_VIEW });
  };

  // Tabs show ● while their text differs from what was saved; a closed tab's document goes.
  const syncDirty = () => {
    for (const group of wb.editors.state.groups) {
      for (const tab of group.tabs) {
        if (tab.input.typeId !== GRAPHQL_EDITOR) continue;
        const doc = a.docs.get(tab.input.id);
        if (doc) wb.editors.setDirty(group.id, tab.key, isDirty(doc));
      }
    }
  };
  const dropClosed = () => {
    const open = new Set(openTabs(wb));
    for (const doc of a.docs.all()) {
      if (open.has(doc.id)) continue;
      a.docs.remove(doc.id);
      monacoHooks.disposeDoc(doc.id);
    }
  };
  a.docs.keepDrafts(new Set(openTabs(wb)));
  const offDocs = a.docs.store.subscribe(syncDirty);
  const offEditors = wb.editors.store.subscribe(dropClosed);
  return () => {
    offDocs();
    offEditors();
    for (const doc of a.docs.all()) monacoHooks.disposeDoc(doc.id);
    monacoHooks.showPalette = () => undefined;
    monacoHooks.revealSchema = () => undefined;
  };
}
