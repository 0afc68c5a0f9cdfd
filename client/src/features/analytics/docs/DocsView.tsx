import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadBoundary } from '../LoadBoundary';
import type { DocsNavigation } from './docs-navigation';

/** The schema loads with the explorer, not with the console. */
const DocsExplorer = lazy(() => import('./DocsExplorer').then((m) => ({ default: m.DocsExplorer })));

/** The side bar's schema docs. */
export function DocsView({ nav }: { nav: DocsNavigation }) {
  const { t } = useTranslation('analytics');
  return (
    <LoadBoundary>
      <Suspense fallback={<p className="empty-view">{t('docs.loading')}</p>}>
        <DocsExplorer nav={nav} />
      </Suspense>
    </LoadBoundary>
  );
}
