import { formatDate } from '@chitieu/shared';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from '../../../workbench/views/contributions';
import { useCampaign } from '../../campaigns';
import { DirectiveDetailQuery } from '../operations/directive-detail';
import { TaskLinesQuery } from '../operations/task-lines';
import { parseTaskFormId } from '../refs';
import { FieldMessages } from './FieldMessages';
import { otherProblems, type ServerErrors } from './server-errors';
import { EMPTY_TASK, taskDraftOf, type Assignee, type TaskDraft } from './task-draft';
import { TaskFormFields } from './TaskFormFields';
import { useFocusFirstError } from './use-focus-first-error';
import { useFormTab } from './use-form-tab';
import { useSaveTask } from './use-save-task';

const SHOWN = ['title', 'text', 'kind', 'deadline', 'linkedToTarget', 'assignees'];

/** A task to add to a directive, or one of its tasks: fields and assignees, saved with Ctrl+S too. */
export function TaskForm(props: EditorProps) {
  const { t } = useTranslation('directives');
  const { today } = useCampaign();
  const ref = parseTaskFormId(props.input.id);
  const taskNumber = ref && ref.task !== 'new' ? ref.task : null;
  const base = { number: ref?.number ?? '', issuer: ref?.issuer ?? null };
  const { data: detail } = useQuery(DirectiveDetailQuery, {
    variables: { ...base, asOf: today },
    skip: !ref || !today,
  });
  const { data: lines } = useQuery(TaskLinesQuery, {
    variables: { ...base, task: taskNumber ?? 0, asOf: today },
    skip: taskNumber === null || !today,
  });
  const task = detail?.directive.tasks.find((candidate) => candidate.number === taskNumber);
  const savedAssignees = useMemo<Assignee[]>(
    () => (lines?.directive.task?.assignments ?? []).map((l) => ({ code: l.assignee.code, name: l.assignee.name })),
    [lines],
  );
  const [saved, setSaved] = useState<TaskDraft | null>(null);
  const [draft, setDraft] = useState<TaskDraft | null>(null);
  const [errors, setErrors] = useState<ServerErrors | null>(null);
  const [badDate, setBadDate] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors, badDate);

  useEffect(() => {
    if (saved || !ref) return;
    const initial = taskNumber === null ? EMPTY_TASK : task && lines ? taskDraftOf(task, savedAssignees) : null;
    if (initial) {
      setSaved(initial);
      setDraft(initial);
    }
  }, [saved, ref, taskNumber, task, lines, savedAssignees]);

  const { save, saving } = useSaveTask({
    ref,
    taskNumber,
    draft,
    saved,
    savedAssignees: saved?.assignees ?? [],
    editor: props,
    setSaved,
    setErrors,
    setBadDate,
  });
  const dirty = Boolean(draft && saved && JSON.stringify(draft) !== JSON.stringify(saved));
  useFormTab(props, dirty, save);

  if (!ref)
    return (
      <p className="view-error" role="alert">
        {t('editor.badId')}
      </p>
    );
  if (!draft || !detail) return <p className="editor-message">{t('editor.loading')}</p>;
  const summary = errors ? [errors.message, ...otherProblems(errors, SHOWN).map((p) => p.message)] : [];
  return (
    <form
      ref={formRef}
      className="directive-form task-form"
      data-testid="task-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h1>
        {taskNumber === null
          ? t('taskForm.newTitle', { number: ref.number })
          : t('taskForm.editTitle', { task: taskNumber, number: ref.number })}
      </h1>
      <p className="muted">{t('taskForm.intro', { date: formatDate(detail.directive.issuedDate) })}</p>
      {summary.length > 0 && <FieldMessages messages={[...new Set(summary)]} role="alert" />}
      <TaskFormFields
        draft={draft}
        onChange={setDraft}
        errors={errors}
        badDate={badDate}
        hasCampaign={Boolean(detail.directive.campaign)}
      />
      <div className="dir-form-actions">
        <button type="submit" className="button primary" disabled={saving || !dirty}>
          {taskNumber === null ? t('taskForm.create') : t('form.save')}
        </button>
        {dirty && <span className="muted small">{t('form.unsaved')}</span>}
      </div>
    </form>
  );
}
