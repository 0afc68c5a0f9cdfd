import { formatCount, formatDate } from '@chitieu/shared';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useStore } from '../../../workbench/state/store';
import { settingsStore } from '../../../workbench/settings/settings-service';
import { chartColors, useEChart } from '../../../lib/use-echart';
import { themeColor } from '../../../workbench/theme/themes';
import type { Language } from '../../../workbench/state/localized';

use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

function niceCeil(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.ceil(value / step) * step;
}

interface Point {
  date: string;
  collected: number;
  activated: number;
}

/** The echarts canvas itself, in the theme's colours, resized with its box. */
export function HistoryChartCanvas({
  points,
  target,
  labels,
  language,
}: {
  points: readonly Point[];
  target: number;
  labels: { collected: string; activated: string; target: string };
  language: Language;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useEChart(box);
  const theme = useStore(settingsStore, (s) => s.theme);

  useEffect(() => {
    const count = (n: number) => formatCount(n, language);
    const { foreground, lines } = chartColors();
    const font = getComputedStyle(document.body).fontFamily;
    chart.current?.setOption(
      {
        animation: false,
        textStyle: { fontFamily: font, color: foreground },
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        legend: { top: 0, textStyle: { color: foreground } },
        tooltip: {
          trigger: 'axis',
          valueFormatter: (value: unknown) => (typeof value === 'number' ? count(value) : String(value)),
          backgroundColor: themeColor('editorWidget.background'),
          borderColor: themeColor('editorWidget.border'),
          textStyle: { color: foreground },
        },
        xAxis: {
          type: 'category',
          data: points.map((p) => formatDate(p.date).slice(0, 5)),
          axisLine: { lineStyle: { color: lines } },
          axisLabel: { color: foreground },
        },
        yAxis: {
          type: 'value',
          // Room above the target line, rounded to two significant digits (930.767 → 980.000).
          max: (extent: { max: number }) => niceCeil(Math.max(extent.max, target) * 1.05),
          axisLabel: { color: foreground, formatter: (value: number) => count(value) },
          splitLine: { lineStyle: { color: lines, opacity: 0.3 } },
        },
        series: [
          {
            name: labels.collected,
            type: 'line',
            showSymbol: false,
            data: points.map((p) => p.collected),
            color: themeColor('charts.blue'),
            markLine: {
              symbol: 'none',
              label: { formatter: `${labels.target} ${count(target)}`, color: foreground, position: 'insideEndTop' },
              lineStyle: { color: themeColor('charts.red'), type: 'dashed' },
              data: [{ yAxis: target }],
            },
          },
          {
            name: labels.activated,
            type: 'line',
            showSymbol: false,
            data: points.map((p) => p.activated),
            color: themeColor('charts.green'),
          },
        ],
      },
      true,
    );
  }, [points, target, labels.collected, labels.activated, labels.target, language, theme]);

  return <div ref={box} className="chart-canvas" />;
}
