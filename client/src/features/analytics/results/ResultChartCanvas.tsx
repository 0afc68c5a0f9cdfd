import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { settingsStore } from '../../../workbench/settings/settings-service';
import type { Language } from '../../../workbench/state/localized';
import { useStore } from '../../../workbench/state/store';
import { chartColors, useEChart } from '../../../lib/use-echart';
import { themeColor } from '../../../workbench/theme/themes';
import { axisLabelLayout } from './axis-labels';

use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** The bars, in the theme's colours, resized with their box. */
export function ResultChartCanvas({
  points,
  series,
  language,
}: {
  points: ReadonlyArray<{ label: string; value: number | null }>;
  series: string;
  language: Language;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useEChart(box);
  const theme = useStore(settingsStore, (s) => s.theme);

  useEffect(() => {
    const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 4 });
    const { foreground, lines } = chartColors();
    const labels = points.map((p) => p.label);
    chart.current?.setOption(
      {
        animation: false,
        textStyle: { fontFamily: getComputedStyle(document.body).fontFamily, color: foreground },
        grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
        tooltip: {
          trigger: 'axis',
          valueFormatter: (value: unknown) => (typeof value === 'number' ? number.format(value) : '—'),
          backgroundColor: themeColor('editorWidget.background'),
          borderColor: themeColor('editorWidget.border'),
          textStyle: { color: foreground },
        },
        xAxis: {
          type: 'category',
          data: labels,
          axisLabel: {
            color: foreground,
            ...axisLabelLayout(labels, (box.current?.clientWidth ?? 600) - 80),
            overflow: 'truncate',
            ellipsis: '…',
            hideOverlap: true,
          },
          axisLine: { lineStyle: { color: lines } },
        },
        yAxis: {
          type: 'value',
          axisLabel: { color: foreground, formatter: (v: number) => number.format(v) },
          splitLine: { lineStyle: { color: lines, opacity: 0.3 } },
        },
        series: [{ name: series, type: 'bar', data: points.map((p) => p.value), color: themeColor('charts.blue') }],
      },
      true,
    );
  }, [points, series, language, theme]);

  return <div ref={box} className="gql-chart-canvas" role="img" aria-label={series} />;
}
