import { formatDate, formatPace } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import type { TrendFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import { decidingCount } from './line-pace';

/** A linked line's pace in a table cell, compact: the count behind its state, its 7-day pace, the pace it needs, its projection. */
export function LinePace({
  progress,
}: {
  progress: { collection: TrendFieldsFragment; activation: TrendFieldsFragment };
}) {
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const { metric, trend } = decidingCount(progress);
  return (
    <div className="dir-line-pace" data-testid="line-pace" title={t('pace.hint')}>
      <div>
        <span className="muted">{t(`pace.metric.${metric}`)}:</span>{' '}
        {t('pace.perDay', { pace: formatPace(trend.recentPace, language) })}
      </div>
      <div>{t('pace.neededShort', { pace: formatPace(trend.paceNeeded ?? null, language) })}</div>
      <div className="muted small">
        {trend.remaining === 0
          ? t('pace.reached')
          : trend.projectedCompletion
            ? t('pace.projected', { date: formatDate(trend.projectedCompletion) })
            : t('pace.never')}
      </div>
    </div>
  );
}
