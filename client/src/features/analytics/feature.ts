import type { ApolloClient } from '@apollo/client';
import type { Workbench } from '../../workbench/workbench';
import type { DocsNavigation } from './docs/docs-navigation';
import type { QueryDocuments } from './documents/query-documents';
import type { EditorHandles } from './editor/editor-handles';

/** What the analytics feature's parts share: the shell, the API and the feature's state. */
export interface Analytics {
  wb: Workbench;
  client: ApolloClient;
  docs: QueryDocuments;
  handles: EditorHandles;
  docsNav: DocsNavigation;
}
