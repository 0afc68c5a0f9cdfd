import { formatCount, formatDate, formatPace } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import type { TrendFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import { StateBadge } from '../../units';

interface LineProgress {
  daysLeft: number;
  collection: TrendFieldsFragment;
  activation: TrendFieldsFragment;
}

/** A linked line's detail: both counts against the task's deadline — still needed, pace needed, 7-day pace, projection, state. */
export function LineTrends({ progress, deadline }: { progress: LineProgress; deadline: string | null }) {
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const pace = (n: number | null | undefined) => formatPace(n ?? null, language);
  const projected = (trend: TrendFieldsFragment) =>
    trend.remaining === 0
      ? t('pace.reached')
      : trend.projectedCompletion
        ? formatDate(trend.projectedCompletion)
        : t('pace.never');
  const until = deadline ? formatDate(deadline) : '';
  return (
    <section className="dir-line-trends" data-testid="line-trends" aria-label={t('pace.title')}>
      <h4>{t('pace.title')}</h4>
      <p className="muted small">
        {progress.daysLeft >= 0
          ? t('pace.daysLeft', { count: progress.daysLeft, date: until })
          : t('pace.pastDeadline', { date: until })}
      </p>
      <table className="data-table dir-line-trends-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('pace.count')}</span>
            </th>
            <th scope="col" className="num">
              {t('pace.remaining')}
            </th>
            <th scope="col" className="num">
              {t('pace.needed')}
            </th>
            <th scope="col" className="num">
              {t('pace.recent')}
            </th>
            <th scope="col">{t('pace.projection')}</th>
            <th scope="col">{t('lines.columns.state')}</th>
          </tr>
        </thead>
        <tbody>
          {(['collection', 'activation'] as const).map((metric) => {
            const trend = progress[metric];
            return (
              <tr key={metric}>
                <th scope="row">{t(`pace.metric.${metric}`)}</th>
                <td className="num">{formatCount(trend.remaining, language)}</td>
                <td className="num">{pace(trend.paceNeeded)}</td>
                <td className="num">{pace(trend.recentPace)}</td>
                <td>{projected(trend)}</td>
                <td>
                  <StateBadge state={trend.state} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small">{t('pace.note')}</p>
    </section>
  );
}
