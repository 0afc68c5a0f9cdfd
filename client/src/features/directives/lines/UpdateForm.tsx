import { TASK_KIND_RULES, type TaskKind } from '@chitieu/shared';
import { formatDate } from '@chitieu/shared';
import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseViDate } from '../../../lib/dates';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { useCampaign } from '../../campaigns';
import { FieldMessages } from '../form/FieldMessages';
import { otherProblems, problemsFor, readServerErrors, type ServerErrors } from '../form/server-errors';
import { PostProgressUpdateMutation } from '../operations/post-progress-update';
import type { LineRef } from '../refs';
import { parsePercent } from './percent-input';

/** Posts a dated progress update (text, percent, date) on an unlinked line. */
export function UpdateForm({
  lineRef,
  kind,
  assigneeName,
}: {
  lineRef: LineRef;
  kind: TaskKind;
  assigneeName: string;
}) {
  const wb = useWorkbench();
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const { today } = useCampaign();
  const id = useId();
  const [text, setText] = useState('');
  const [percent, setPercent] = useState('');
  const [date, setDate] = useState(today ? formatDate(today) : '');
  const [errors, setErrors] = useState<ServerErrors | null>(null);
  const [post, { loading }] = useMutation(PostProgressUpdateMutation, { refetchQueries: 'active' });

  const percentValue = percent.trim() === '' ? null : parsePercent(percent);
  const dateValue = date.trim() === '' ? null : parseViDate(date);
  const percentError = percent.trim() !== '' && percentValue === null ? t('update.badPercent') : null;
  const dateError = date.trim() !== '' && dateValue === null ? t('update.badDate') : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (percentError || dateError) return;
    setErrors(null);
    try {
      await post({
        variables: {
          input: {
            directive: lineRef.number,
            issuer: lineRef.issuer,
            task: lineRef.task,
            assignee: lineRef.assignee,
            text,
            percent: percentValue,
            date: dateValue,
          },
        },
      });
      setText('');
      setPercent('');
      wb.notifications.info(t('update.posted', { name: assigneeName }));
    } catch (error) {
      setErrors(readServerErrors(error, language));
    }
  };

  return (
    <form
      className="dir-update-form"
      onSubmit={(event) => void submit(event)}
      aria-label={t('update.label', { name: assigneeName })}
    >
      <label className="update-text" htmlFor={`${id}-text`}>
        {t('update.text')}
      </label>
      <textarea
        id={`${id}-text`}
        className="input"
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('update.textPlaceholder')}
      />
      <FieldMessages messages={problemsFor(errors, 'text')} />
      <div className="dir-update-row">
        <label>
          <span>{t(TASK_KIND_RULES[kind].updateNeedsPercent ? 'update.percent' : 'update.percentOptional')}</span>
          <input
            className="input"
            inputMode="decimal"
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
            aria-invalid={Boolean(percentError) || problemsFor(errors, 'percent').length > 0}
          />
        </label>
        <label>
          <span>{t('update.date')}</span>
          <input
            className="input"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            placeholder="dd/mm/yyyy"
            aria-invalid={Boolean(dateError)}
          />
        </label>
        <button type="submit" className="button primary" disabled={loading || text.trim() === ''}>
          {t('update.submit')}
        </button>
      </div>
      <FieldMessages
        messages={[percentError, dateError, ...problemsFor(errors, 'percent')].filter((m): m is string => Boolean(m))}
      />
      {errors && (
        <FieldMessages
          messages={[errors.message, ...otherProblems(errors, ['text', 'percent']).map((p) => p.message)].filter(
            (m, i, all) => all.indexOf(m) === i,
          )}
          role="alert"
        />
      )}
    </form>
  );
}
