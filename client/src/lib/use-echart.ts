import { init, type EChartsType } from 'echarts/core';
import { useEffect, useRef, type RefObject } from 'react';
import { themeColor } from '../workbench/theme/themes';

/**
 * An echarts instance on a box, resized with it and disposed with the component. Callers register
 * their chart types with echarts' `use` and set options on the returned ref. Imported only by the
 * lazily loaded chart files, so echarts stays out of the initial bundle.
 */
export function useEChart(box: RefObject<HTMLDivElement | null>): RefObject<EChartsType | null> {
  const chart = useRef<EChartsType | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const instance = init(box.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [box]);
  return chart;
}

/** The theme's chart colours (VS Code's charts.* tokens), with fallbacks. */
export function chartColors(): { foreground: string; lines: string } {
  return { foreground: themeColor('charts.foreground') || '#ccc', lines: themeColor('charts.lines') || '#888' };
}
