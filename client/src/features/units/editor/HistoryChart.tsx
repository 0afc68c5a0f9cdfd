import { formatCount, type IsoDate } from '@chitieu/shared';
import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import { UnitHistoryQuery } from '../operations/unit-history';

/** echarts is large: it loads only when the first chart is drawn. */
const HistoryChartCanvas = lazy(() => import('./HistoryChartCanvas').then((m) => ({ default: m.HistoryChartCanvas })));

/** Collected and activated over time (cumulative, by day) against the target line. */
export function HistoryChart({
  code,
  campaign,
  from,
  asOf,
}: {
  code: string;
  campaign: string;
  from: IsoDate;
  asOf: IsoDate;
}) {
  const { t } = useTranslation('units');
  const language = useLanguage();
  const { data } = useQuery(UnitHistoryQuery, { variables: { code, campaign, from, to: asOf, asOf } });
  const target = data?.unit.progress?.target ?? 0;
  return (
    <figure className="chart" role="img" aria-label={t('chart.label', { target: formatCount(target, language) })}>
      {data ? (
        <Suspense fallback={<p className="muted">{t('chart.loading')}</p>}>
          <HistoryChartCanvas
            points={data.unit.history ?? []}
            target={target}
            labels={{ collected: t('kpi.collected'), activated: t('kpi.activated'), target: t('chart.target') }}
            language={language}
          />
        </Suspense>
      ) : (
        <p className="muted">{t('chart.loading')}</p>
      )}
    </figure>
  );
}
