import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from '../../../workbench/views/contributions';
import type { Analytics } from '../feature';
import { LoadBoundary } from '../LoadBoundary';

/** Monaco and the GraphQL language load with the first GraphQL tab, not with the console. */
const GraphqlEditorBody = lazy(() => import('./GraphqlEditorBody').then((m) => ({ default: m.GraphqlEditorBody })));

/** A GraphQL tab: the query, its variables and the results, side by side. */
export function GraphqlEditor(props: EditorProps & { analytics: Analytics }) {
  const { t } = useTranslation('analytics');
  return (
    <LoadBoundary>
      <Suspense fallback={<p className="editor-message">{t('editor.loadingEditor')}</p>}>
        <GraphqlEditorBody {...props} />
      </Suspense>
    </LoadBoundary>
  );
}
