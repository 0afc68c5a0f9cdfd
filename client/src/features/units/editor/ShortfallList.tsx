import { formatCount, rate, type IsoDate } from '@chitieu/shared';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/errors';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { UnitShortfallsQuery } from '../operations/unit-shortfalls';
import { openUnit } from '../open-unit';
import { RateBadge } from '../RateBadge';

/** "Still needed": the hamlets below that need the most accounts to reach 100%, most first. */
export function ShortfallList({ code, campaign, asOf }: { code: string; campaign: string; asOf: IsoDate }) {
  const wb = useWorkbench();
  const { t } = useTranslation('units');
  const language = useLanguage();
  const { data, error } = useQuery(UnitShortfallsQuery, { variables: { code, campaign, asOf, first: 10 } });
  // The whole country is more than the server ranks: say so, in the server's own words.
  if (error)
    return (
      <p className="muted" role="status">
        {errorMessage(error)}
      </p>
    );
  if (!data) return <p className="muted">{t('editor.loading')}</p>;
  const list = (data.unit.shortfalls ?? []).filter((s) => s.needed > 0);
  if (list.length === 0) return <p className="muted">{t('shortfalls.none')}</p>;
  const most = Math.max(...list.map((s) => s.needed));
  return (
    <ol className="shortfalls" data-testid="shortfalls">
      {list.map((s) => (
        <li key={s.unit.code} className="shortfall">
          <button
            type="button"
            className="link-button shortfall-name"
            onClick={() => openUnit(wb, s.unit)}
            onDoubleClick={() => openUnit(wb, s.unit, { pinned: true })}
          >
            {s.unit.name}
          </button>
          <span className="muted shortfall-parent">{s.unit.parent?.name}</span>
          <span className="shortfall-bar" aria-hidden="true">
            <span style={{ width: `${(s.needed / most) * 100}%` }} />
          </span>
          <span className="shortfall-needed">
            {t('shortfalls.needed', { amount: formatCount(s.needed, language) })}
          </span>
          <RateBadge rate={rate(s.activated, s.target)} label={t('kpi.activated')} />
        </li>
      ))}
    </ol>
  );
}
