import { formatCount } from '@chitieu/shared';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../lib/signed-in-user';
import { useLanguage, useWorkbench } from '../../workbench/WorkbenchContext';
import { useCampaign } from '../campaigns';
import { UnitChildrenProgressQuery } from './operations/unit-children-progress';
import { openUnit } from './open-unit';
import { rateBand } from './rate-band';
import { RateBadge } from './RateBadge';
import { sortChildren } from './editor/children-sort';

/** Panel view: the units directly below the user's scope, lowest activation rate first. */
export function RankingView() {
  const user = useSignedInUser();
  const wb = useWorkbench();
  const { t } = useTranslation('units');
  const language = useLanguage();
  const { campaign, asOf } = useCampaign();
  const { data } = useQuery(UnitChildrenProgressQuery, {
    variables: { code: user.scope.code, campaign: campaign?.code ?? '', asOf },
    skip: !campaign || !asOf,
  });
  if (!data) return <p className="empty-view">{t('editor.loading')}</p>;
  const rows = sortChildren(
    (data.unit.children ?? []).map((c) => ({
      code: c.code,
      name: c.name,
      target: c.progress?.target ?? null,
      collected: c.progress?.collected ?? null,
      activated: c.progress?.activated ?? null,
      collectedRate: c.progress?.collectedRate ?? null,
      activatedRate: c.progress?.activatedRate ?? null,
      remaining: c.progress?.activation.remaining ?? null,
      stateRank: null,
    })),
    'activatedRate',
    'ascending',
  );
  return (
    <div className="ranking">
      <p className="muted small">{t('ranking.caption', { name: user.scope.name })}</p>
      <ol className="ranking-list">
        {rows.map((row) => (
          <li key={row.code} className="ranking-row">
            <button type="button" className="link-button ranking-name" onClick={() => openUnit(wb, row)}>
              {row.name}
            </button>
            <span className="ranking-bar" aria-hidden="true">
              <span
                className={`band-${rateBand(row.activatedRate)}`}
                style={{ width: `${Math.min(1, row.activatedRate ?? 0) * 100}%` }}
              />
            </span>
            <RateBadge rate={row.activatedRate} label={t('kpi.activated')} />
            <span className="muted ranking-count">
              {formatCount(row.activated ?? 0, language)} / {formatCount(row.target ?? 0, language)}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
