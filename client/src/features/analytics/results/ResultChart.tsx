import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import type { ResultTable } from './flatten';

/** echarts comes with the first chart drawn (the same lazy chunk as the unit editor's charts). */
const ResultChartCanvas = lazy(() => import('./ResultChartCanvas').then((m) => ({ default: m.ResultChartCanvas })));

const MAX_BARS = 200;

/** A bar chart of one numeric column, labelled by another: chosen by the user. */
export function ResultChart({ table }: { table: ResultTable }) {
  const { t } = useTranslation('analytics');
  const language = useLanguage();
  const numeric = table.columns.map((c, i) => ({ ...c, index: i })).filter((c) => c.numeric);
  const labels = table.columns.map((c, i) => ({ ...c, index: i })).filter((c) => !c.numeric);
  const [valueIndex, setValueIndex] = useState(
    () =>
      (
        numeric.find((c) => /(rate|value|percent)/i.test(c.key)) ??
        numeric.find((c) => !/(^|\.)rank$/.test(c.key)) ??
        numeric[0]
      )?.index ?? -1,
  );
  const [labelIndex, setLabelIndex] = useState(
    () => (labels.find((c) => /name$/i.test(c.key)) ?? labels[0])?.index ?? -1,
  );
  if (numeric.length === 0) return <p className="muted gql-note">{t('chart.noNumbers')}</p>;

  const rows = table.rows.slice(0, MAX_BARS);
  const points = rows.map((row, i) => ({
    label: labelIndex >= 0 ? String(row[labelIndex] ?? '—') : String(i + 1),
    value: typeof row[valueIndex] === 'number' ? (row[valueIndex] as number) : null,
  }));
  const valueKey = table.columns[valueIndex]?.key ?? '';

  return (
    <div className="gql-chart">
      <div className="gql-chart-controls">
        <label>
          {t('chart.value')}{' '}
          <select className="select" value={valueIndex} onChange={(e) => setValueIndex(Number(e.target.value))}>
            {numeric.map((c) => (
              <option key={c.key} value={c.index}>
                {c.key}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('chart.label')}{' '}
          <select className="select" value={labelIndex} onChange={(e) => setLabelIndex(Number(e.target.value))}>
            <option value={-1}>{t('chart.rowNumber')}</option>
            {labels.map((c) => (
              <option key={c.key} value={c.index}>
                {c.key}
              </option>
            ))}
          </select>
        </label>
        {table.rows.length > MAX_BARS && (
          <span className="muted small">{t('chart.truncated', { count: MAX_BARS })}</span>
        )}
      </div>
      <Suspense fallback={<p className="muted gql-note">{t('chart.loading')}</p>}>
        <ResultChartCanvas points={points} series={valueKey} language={language} />
      </Suspense>
    </div>
  );
}
