import { useQuery } from '@apollo/client/react';
import { formatCount } from '@chitieu/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { nextPage } from '../../lib/next-page';
import type { EditorProps } from '../../workbench/views/contributions';
import { useLanguage } from '../../workbench/WorkbenchContext';
import { AuditFilterBar } from './AuditFilterBar';
import type { AuditFilters } from './audit-filters';
import { AuditTable } from './AuditTable';
import { AuditEventsQuery } from './operations/audit-events';

const PAGE = 50;

/** The audit log of a unit (the tab's id) or of the whole scope, filtered and paged. */
export function AuditEditor({ input }: EditorProps) {
  const { t } = useTranslation('audit');
  const language = useLanguage();
  const initialUnit = input.id === 'scope' ? null : input.id;
  const [filters, setFilters] = useState<AuditFilters>({
    unit: initialUnit,
    user: null,
    from: null,
    to: null,
    action: null,
  });
  const { data, error, loading, fetchMore } = useQuery(AuditEventsQuery, { variables: { ...filters, first: PAGE } });
  const page = data?.auditEvents;

  return (
    <article className="form-editor audit-editor" data-testid="audit-editor">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <AuditFilterBar initialUnit={initialUnit} onApply={setFilters} />
      {error && (
        <p className="view-error" role="alert">
          {t('failed', { message: errorMessage(error) })}
        </p>
      )}
      {!page && loading && <p className="muted">{t('loading')}</p>}
      {page && page.totalCount === 0 && <p className="muted">{t('none')}</p>}
      {page && page.totalCount > 0 && (
        <>
          <p className="muted small" data-testid="audit-count">
            {t('count', {
              shown: formatCount(page.nodes.length, language),
              total: formatCount(page.totalCount, language),
            })}
          </p>
          <AuditTable events={page.nodes} />
          {page.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button secondary"
              onClick={() => data && void fetchMore(nextPage('auditEvents', data))}
            >
              {t('more')}
            </button>
          )}
        </>
      )}
    </article>
  );
}
