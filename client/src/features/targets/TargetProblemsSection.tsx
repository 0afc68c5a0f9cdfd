import { useQuery } from '@apollo/client/react';
import { formatCount } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { nextPage } from '../../lib/next-page';
import { Codicon } from '../../workbench/Codicon';
import { useLanguage, useWorkbench } from '../../workbench/WorkbenchContext';
import { useCampaign } from '../campaigns';
import { TargetProblemsQuery } from './operations/target-problems';
import { openTargets } from './open-targets';

const PAGE = 50;

/**
 * The Problems panel's section of parents whose children's targets do not sum to their own
 * (from the server's targetProblems); a click opens the parent's targets editor.
 */
export function TargetProblemsSection() {
  const wb = useWorkbench();
  const { t } = useTranslation('targets');
  const language = useLanguage();
  const { campaign } = useCampaign();
  const { data, error, fetchMore } = useQuery(TargetProblemsQuery, {
    variables: { campaign: campaign?.code ?? '', first: PAGE },
    skip: !campaign,
  });
  if (error && !data)
    return (
      <p className="view-error" role="alert">
        {errorMessage(error)}
      </p>
    );
  if (!data) return <p className="muted">{t('problems.loading')}</p>;
  const { nodes, pageInfo, totalCount } = data.targetProblems;
  if (totalCount === 0)
    return (
      <p className="muted" data-testid="target-problems-none">
        {t('problems.none')}
      </p>
    );
  const count = (n: number) => formatCount(n, language);

  return (
    <>
      <ul className="problem-list" data-testid="target-problems">
        {nodes.map((p) => (
          <li key={p.unit.code}>
            <button type="button" className="problem-item" onClick={() => openTargets(wb, p.unit)}>
              <Codicon
                name={p.unallocated > 0 ? 'warning' : 'error'}
                className={p.unallocated > 0 ? 'problem-warning' : 'problem-error'}
              />
              <span className="problem-unit">{p.unit.name}</span>
              <span>
                {p.unallocated > 0
                  ? t('problems.unallocated', { amount: count(p.unallocated) })
                  : t('problems.over', { amount: count(-p.unallocated) })}
              </span>
              <span className="muted small">
                {t('problems.detail', { target: count(p.target), allocated: count(p.allocated), count: p.childCount })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {pageInfo.hasNextPage && (
        <button type="button" className="link-button" onClick={() => void fetchMore(nextPage('targetProblems', data))}>
          {t('problems.more')}
        </button>
      )}
    </>
  );
}
