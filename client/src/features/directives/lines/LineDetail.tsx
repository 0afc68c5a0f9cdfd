import { canMarkDone, filesReport, formatDate, formatRate } from '@chitieu/shared';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { inBothLanguages } from '../../../i18n/i18n';
import type { LineFieldsFragment } from '../../../gql/graphql';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { openReport } from '../open';
import { LineHistoryQuery } from '../operations/line-history';
import type { DirectiveRef } from '../refs';
import { LineTrends } from './LineTrends';
import { MarkDoneButton } from './MarkDoneButton';
import type { TaskSummary } from './TaskSection';
import { UpdateForm } from './UpdateForm';

/** Under a line: its updates and filed reports, and what the user may do on it. */
export function LineDetail({
  directiveRef,
  task,
  line,
}: {
  directiveRef: DirectiveRef;
  task: TaskSummary;
  line: LineFieldsFragment;
}) {
  const wb = useWorkbench();
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const lineRef = { ...directiveRef, task: task.number, assignee: line.assignee.code };
  const { data } = useQuery(LineHistoryQuery, {
    variables: {
      number: directiveRef.number,
      issuer: directiveRef.issuer,
      task: task.number,
      unit: line.unit.code,
      level: line.unit.level,
    },
  });
  const history = data?.directive.lines.nodes.find((node) => node.id === line.id);

  return (
    <div className="dir-line-detail" data-testid="line-detail">
      {task.linkedToTarget && <p className="muted">{t('detail.linked')}</p>}
      {task.linkedToTarget && line.progress && <LineTrends progress={line.progress} deadline={task.deadline ?? null} />}
      {filesReport(task.kind) && (
        <div className="dir-line-detail-actions">
          <button
            type="button"
            className="button primary"
            onClick={() =>
              openReport(wb, lineRef, inBothLanguages('directives:report.tab', { number: directiveRef.number }))
            }
          >
            {t('detail.openReport')}
          </button>
          {history && history.filedReports.length > 0 && (
            <ul className="dir-line-filed" aria-label={t('detail.filed')}>
              {history.filedReports.map((r) => (
                <li key={r.id}>
                  {t('detail.filedItem', {
                    asOf: formatDate(r.asOf),
                    filedOn: formatDate(r.filedOn),
                    user: r.filedBy,
                    level: t(`report.levels.${r.level}`),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {!task.linkedToTarget && (
        <section aria-label={t('detail.updates')}>
          <h4>{t('detail.updates')}</h4>
          {!history ? (
            <p className="muted">{t('lines.loading')}</p>
          ) : history.updates.length === 0 ? (
            <p className="muted">{t('detail.noUpdates')}</p>
          ) : (
            <ol className="dir-line-updates" data-testid="line-updates">
              {history.updates.map((u) => (
                <li key={u.id}>
                  <span className="muted">{formatDate(u.date)}</span>
                  {u.done && <strong> · {t('detail.doneMark')}</strong>}
                  {u.percent !== null && u.percent !== undefined && !u.done && (
                    <strong> · {formatRate(u.percent, language)}</strong>
                  )}
                  <span> · {u.text}</span>
                  <span className="muted small"> — {u.author}</span>
                </li>
              ))}
            </ol>
          )}
          {line.canUpdate && <UpdateForm lineRef={lineRef} kind={task.kind} assigneeName={line.assignee.name} />}
          {line.canUpdate && canMarkDone(task.kind) && line.state !== 'DONE' && (
            <MarkDoneButton lineRef={lineRef} assigneeName={line.assignee.name} />
          )}
          {line.canUpdate && filesReport(task.kind) && <p className="muted small">{t('detail.reportDone')}</p>}
        </section>
      )}
    </div>
  );
}
