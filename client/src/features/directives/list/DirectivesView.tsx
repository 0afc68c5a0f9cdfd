import { DIRECTIVE_KIND_NAMES, formatDate } from '@chitieu/shared';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/errors';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { useCampaign } from '../../campaigns';
import { StateBadge } from '../../units';
import { directiveLabel, openDirective } from '../open';
import { DirectivesListQuery } from '../operations/directives-list';

/** The side bar: every directive in scope, its state and nearest deadline as of the status-bar date. */
export function DirectivesView() {
  const wb = useWorkbench();
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const { asOf } = useCampaign();
  const { data, error } = useQuery(DirectivesListQuery, { variables: { asOf, first: 100 }, skip: !asOf });
  if (error && !data)
    return (
      <p className="view-error" role="alert">
        {t('list.error', { message: errorMessage(error) })}
      </p>
    );
  if (!data) return <p className="empty-view">{t('list.loading')}</p>;
  const { nodes, totalCount } = data.directives;
  if (nodes.length === 0) return <p className="empty-view">{t('list.none')}</p>;

  return (
    <div className="directives-view">
      <ul className="directive-list" aria-label={t('list.label')} data-testid="directive-list">
        {nodes.map((d) => {
          const label = directiveLabel(DIRECTIVE_KIND_NAMES[d.kind][language], d.number);
          const ref = { issuer: d.issuedBy.code, number: d.number };
          return (
            <li key={d.id}>
              <button
                type="button"
                className="directive-item"
                onClick={() => openDirective(wb, ref, label)}
                onDoubleClick={() => openDirective(wb, ref, label, { pinned: true })}
                title={d.title}
              >
                <span className="directive-item-number">{label}</span>
                <span className="directive-item-title">{d.title}</span>
                <span className="directive-item-state">
                  <StateBadge state={d.state} />
                  {d.nearestDeadline && (
                    <span className="muted small">
                      {t('list.nearestDeadline', { date: formatDate(d.nearestDeadline) })}
                    </span>
                  )}
                </span>
                <span className="directive-item-meta muted small">
                  {d.issuedBy.name} · {formatDate(d.issuedDate)}
                  {d.status !== 'IN_FORCE' ? ` · ${t(`status.${d.status}`)}` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {totalCount > nodes.length && (
        <p className="muted small directive-more">{t('list.more', { count: totalCount - nodes.length })}</p>
      )}
    </div>
  );
}
