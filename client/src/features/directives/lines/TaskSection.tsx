import { formatDate, formatRate } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import { inBothLanguages } from '../../../i18n/i18n';
import type { DirectiveDetailQuery } from '../../../gql/graphql';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { StateBadge } from '../../units';
import { openTaskForm } from '../open';
import type { DirectiveRef } from '../refs';
import { useSignedInUser } from '../../../lib/signed-in-user';
import { LinesTable } from './LinesTable';
import { useRemoveTask } from './use-remove-task';

export type TaskSummary = DirectiveDetailQuery['directive']['tasks'][number];

/** One task: its number, kind, deadline, overall state and percent, then its lines. */
export function TaskSection({
  directiveRef,
  filterKey,
  task,
}: {
  directiveRef: DirectiveRef;
  filterKey: string;
  task: TaskSummary;
}) {
  const wb = useWorkbench();
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const isAdmin = useSignedInUser().role === 'ADMIN';
  const removeTask = useRemoveTask(directiveRef, task.number);
  const headingId = `task-${filterKey}-${task.number}`;

  return (
    <section className="dir-task-section" aria-labelledby={headingId} data-testid={`task-${task.number}`}>
      <header className="dir-task-head">
        <h3 id={headingId}>
          <span className="dir-task-number">{t('task.number', { number: task.number })}</span> {task.title}
        </h3>
        <div className="dir-task-facts">
          <span className="dir-task-kind">{t(`kind.${task.kind}`)}</span>
          {task.deadline && <span>{t('task.deadline', { date: formatDate(task.deadline) })}</span>}
          {task.linkedToTarget && <span className="dir-task-linked">{t('task.linked')}</span>}
          <StateBadge state={task.state} />
          {task.percentDone !== null && task.percentDone !== undefined && (
            <span>{t('task.percent', { rate: formatRate(task.percentDone, language) })}</span>
          )}
          <span className="muted">{t('task.lines', { count: task.lineCount })}</span>
          {isAdmin && (
            <span className="dir-task-actions">
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  openTaskForm(
                    wb,
                    directiveRef,
                    task.number,
                    inBothLanguages('directives:taskForm.editTab', {
                      number: task.number,
                      directive: directiveRef.number,
                    }),
                  )
                }
              >
                {t('task.edit')}
              </button>
              <button type="button" className="link-button" onClick={() => void removeTask()}>
                {t('task.remove')}
              </button>
            </span>
          )}
        </div>
        {task.text && task.text !== task.title && (
          <details className="dir-task-text">
            <summary>{t('task.text')}</summary>
            <p>{task.text}</p>
          </details>
        )}
      </header>
      <LinesTable directiveRef={directiveRef} filterKey={filterKey} task={task} />
    </section>
  );
}
