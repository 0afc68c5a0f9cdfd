import type { ApolloClient } from '@apollo/client';
import type { SessionUser } from '../../lib/signed-in-user';
import { PROBLEMS_VIEW } from '../../workbench/problems/problem-section';
import type { Workbench } from '../../workbench/workbench';
import { openDirective, openDirectiveForm } from './open';
import { openDueReport } from './report/open-due-report';

const CATEGORY = { vi: 'Văn bản chỉ đạo', en: 'Directives' };

/** Opens a REPORT_BY task's report: of the directive given ({ issuer, number }), else the active one, else the one due next. */
export const OPEN_REPORT_COMMAND = 'directives.openReport';

function isRef(value: unknown): value is { issuer: string; number: string; label?: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { issuer?: unknown }).issuer === 'string' &&
    typeof (value as { number?: unknown }).number === 'string'
  );
}

/** The directive commands; "new directive" only for admins (the server checks the scope). */
export function registerDirectiveCommands(wb: Workbench, client: ApolloClient, user: SessionUser): Array<() => void> {
  const off = [
    wb.commands.register({
      id: 'directives.focus',
      title: { vi: 'Hiện danh sách văn bản chỉ đạo', en: 'Show Directives' },
      category: CATEGORY,
      icon: 'law',
      keybinding: ['$mod+Shift+KeyL', 'Alt+Shift+KeyL'],
      run: () => wb.layout.update({ sidebarVisible: true, activeSidebarView: 'directives' }),
    }),
    wb.commands.register({
      id: 'directives.open',
      title: { vi: 'Mở văn bản chỉ đạo', en: 'Open Directive' },
      category: CATEGORY,
      palette: false,
      run: (ref) => {
        if (isRef(ref)) openDirective(wb, ref, ref.label ?? ref.number, { pinned: true });
      },
    }),
    wb.commands.register({
      id: OPEN_REPORT_COMMAND,
      title: { vi: 'Lập báo cáo kết quả thực hiện văn bản chỉ đạo…', en: 'Generate Directive Report…' },
      category: CATEGORY,
      icon: 'file-text',
      run: (ref) => openDueReport(wb, client, isRef(ref) ? { issuer: ref.issuer, number: ref.number } : null),
    }),
    wb.commands.register({
      id: 'directives.showProblems',
      title: { vi: 'Hiện các dòng việc quá hạn, có nguy cơ chậm', en: 'Show Overdue and At-Risk Lines' },
      category: CATEGORY,
      icon: 'warning',
      run: () => wb.layout.showPanelView(PROBLEMS_VIEW),
    }),
  ];
  if (user.role === 'ADMIN') {
    off.push(
      wb.commands.register({
        id: 'directives.new',
        title: { vi: 'Văn bản chỉ đạo mới…', en: 'New Directive…' },
        category: CATEGORY,
        icon: 'add',
        menus: [{ menu: 'view/title:directives', order: 1 }],
        run: () => openDirectiveForm(wb, null, { vi: 'Văn bản mới', en: 'New directive' }),
      }),
    );
  }
  return off;
}
