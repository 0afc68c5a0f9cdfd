import { TASK_KIND_RULES, TASK_KINDS, type TaskKind } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import { AssigneesField } from './AssigneesField';
import { FormField } from '../../../workbench/forms/FormField';
import { problemsFor, type ServerErrors } from './server-errors';
import type { TaskDraft } from './task-draft';

/** A task's fields: what, which kind, by when, tracked against the target, and who. */
export function TaskFormFields({
  draft,
  onChange,
  errors,
  badDate,
  hasCampaign,
}: {
  draft: TaskDraft;
  onChange(draft: TaskDraft): void;
  errors: ServerErrors | null;
  badDate: boolean;
  hasCampaign: boolean;
}) {
  const { t } = useTranslation('directives');
  const set = <K extends keyof TaskDraft>(key: K, value: TaskDraft[K]) => onChange({ ...draft, [key]: value });
  const rules = TASK_KIND_RULES[draft.kind];
  // An undated kind keeps no deadline.
  const changeKind = (kind: TaskKind) =>
    onChange({ ...draft, kind, ...(TASK_KIND_RULES[kind].dated ? {} : { deadline: '' }) });
  return (
    <div className="dir-form-grid">
      <div className="dir-form-wide">
        <FormField label={t('taskForm.title')} help={t('taskForm.titleHelp')} problem={problemsFor(errors, 'title')}>
          {(props) => (
            <input {...props} className="input" value={draft.title} onChange={(e) => set('title', e.target.value)} />
          )}
        </FormField>
      </div>
      <div className="dir-form-wide">
        <FormField label={t('taskForm.text')} problem={problemsFor(errors, 'text')}>
          {(props) => (
            <textarea
              {...props}
              className="input"
              rows={3}
              value={draft.text}
              onChange={(e) => set('text', e.target.value)}
            />
          )}
        </FormField>
      </div>
      <FormField
        label={t('taskForm.kind')}
        help={t(`taskForm.kindHelp.${draft.kind}`)}
        problem={problemsFor(errors, 'kind')}
      >
        {(props) => (
          <select
            {...props}
            className="select"
            value={draft.kind}
            onChange={(e) => changeKind(e.target.value as TaskKind)}
          >
            {TASK_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label={t('taskForm.deadline')}
        help={t('form.dateHelp')}
        problem={[...(badDate ? [t('update.badDate')] : []), ...problemsFor(errors, 'deadline')]}
      >
        {(props) => (
          <input
            {...props}
            className="input dir-form-date"
            value={draft.deadline}
            disabled={!rules.dated}
            placeholder={rules.dated ? 'dd/mm/yyyy' : t('taskForm.noDeadline')}
            onChange={(e) => set('deadline', e.target.value)}
          />
        )}
      </FormField>
      {rules.tracksTarget && (
        <div className="dir-form-wide">
          <label className="dir-form-check">
            <input
              type="checkbox"
              checked={draft.linkedToTarget}
              disabled={!hasCampaign && !draft.linkedToTarget}
              onChange={(e) => set('linkedToTarget', e.target.checked)}
            />
            <span>{t('taskForm.linked')}</span>
          </label>
          <p className="dir-form-help">{t(hasCampaign ? 'taskForm.linkedHelp' : 'taskForm.linkedNoCampaign')}</p>
          {problemsFor(errors, 'linkedToTarget').map((m) => (
            <p key={m} className="dir-field-error">
              {m}
            </p>
          ))}
        </div>
      )}
      <div className="dir-form-wide">
        <AssigneesField value={draft.assignees} onChange={(assignees) => set('assignees', assignees)} errors={errors} />
      </div>
    </div>
  );
}
