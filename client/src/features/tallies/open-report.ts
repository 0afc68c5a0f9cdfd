import { formatDate, isIsoDate, type IsoDate } from '@chitieu/shared';
import type { Workbench } from '../../workbench/workbench';
import { focusFirstEmpty } from './report/use-first-empty-focus';

export const REPORT_EDITOR = 'tallies.report';

export interface CommuneRef {
  code: string;
  name: string;
}

/** A report tab is one commune on one date: "29119@2023-11-15". */
export function reportId(code: string, date: IsoDate): string {
  return `${code}@${date}`;
}

export function parseReportId(id: string): { code: string; date: IsoDate } | null {
  const [code = '', date = ''] = id.split('@');
  return code && isIsoDate(date) ? { code, date } : null;
}

/**
 * Opens the day's report editor of a commune (pinned: it is made to be typed in), the cursor in
 * its first empty cell: a new sheet puts it there when it has loaded, one already open here.
 */
export function openReport(wb: Workbench, commune: CommuneRef, date: IsoDate, options: { side?: boolean } = {}): void {
  wb.editors.open(
    { typeId: REPORT_EDITOR, id: reportId(commune.code, date), label: `${commune.name} · ${formatDate(date)}` },
    { pinned: true, ...options },
  );
  requestAnimationFrame(() => {
    const open = document.querySelector(
      `.editor-group.active [data-testid="report-editor"][data-code="${commune.code}"][data-date="${date}"]`,
    );
    if (open && !open.contains(document.activeElement)) focusFirstEmpty(open);
  });
}
