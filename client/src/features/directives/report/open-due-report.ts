import type { ApolloClient } from '@apollo/client';
import { filesReport, type IsoDate } from '@chitieu/shared';
import { i18n } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { activeTab } from '../../../workbench/editors/editor-state';
import type { Workbench } from '../../../workbench/workbench';
import { campaignStore } from '../../campaigns';
import { openReport } from '../open';
import { ReportTasksQuery } from '../operations/report-tasks';
import { TaskLinesQuery } from '../operations/task-lines';
import { DIRECTIVE_EDITOR, parseDirectiveId, type DirectiveRef } from '../refs';

/** How many directives the command looks through for a report task (the side bar shows as many). */
const DIRECTIVES = 50;

interface ReportTask {
  ref: DirectiveRef;
  task: number;
  deadline: IsoDate | null;
  done: boolean;
}

/** The report task to open: not done before done, then the nearest deadline, then the lowest task number. */
export function dueFirst(a: ReportTask, b: ReportTask): number {
  if (a.done !== b.done) return a.done ? 1 : -1;
  const da = a.deadline ?? '9999-12-31';
  const db = b.deadline ?? '9999-12-31';
  return da < db ? -1 : da > db ? 1 : a.task - b.task;
}

/**
 * Opens the report of a REPORT_BY task ("báo cáo kết quả trước ngày…"): of the given directive,
 * else of the directive in the active tab, else the one due next among the directives in scope.
 * A task given to several assignees opens the first line the user may file, else the first line.
 */
export async function openDueReport(
  wb: Workbench,
  client: ApolloClient,
  directive: DirectiveRef | null,
): Promise<void> {
  const t = i18n.getFixedT(null, 'directives');
  const { today, chosenAsOf } = campaignStore.get();
  const asOf = chosenAsOf ?? today;
  const tab = activeTab(wb.editors.state);
  const within = directive ?? (tab?.input.typeId === DIRECTIVE_EDITOR ? parseDirectiveId(tab.input.id) : null);
  try {
    const { data } = await client.query({ query: ReportTasksQuery, variables: { asOf, first: DIRECTIVES } });
    const tasks: ReportTask[] = (data?.directives.nodes ?? [])
      .filter((d) => !within || (d.number === within.number && d.issuedBy.code === within.issuer))
      .flatMap((d) =>
        d.tasks
          .filter((task) => filesReport(task.kind))
          .map((task) => ({
            ref: { issuer: d.issuedBy.code, number: d.number },
            task: task.number,
            deadline: task.deadline ?? null,
            done: task.state === 'DONE',
          })),
      );
    for (const candidate of tasks.sort(dueFirst)) {
      const answer = await client.query({
        query: TaskLinesQuery,
        variables: { number: candidate.ref.number, issuer: candidate.ref.issuer, task: candidate.task, asOf },
      });
      const lines = answer.data?.directive.task?.assignments ?? [];
      const line = lines.find((l) => l.canUpdate) ?? lines[0];
      if (!line) continue;
      openReport(
        wb,
        { ...candidate.ref, task: candidate.task, assignee: line.assignee.code },
        t('report.tab', { number: candidate.ref.number }),
      );
      return;
    }
    wb.notifications.info(t(within ? 'report.noneInDirective' : 'report.noneDue'));
  } catch (error) {
    wb.notifications.error(t('report.openError', { message: errorMessage(error) }));
  }
}
