import { useTranslation } from 'react-i18next';
import { Codicon } from '../../../workbench/Codicon';
import { FieldMessages } from './FieldMessages';
import { problemsFor, type ServerErrors } from './server-errors';

type Attachment = { title: string; url: string };

/** Links to attached documents: a title and an http(s) address each. */
export function AttachmentsField({
  value,
  onChange,
  errors,
}: {
  value: Attachment[];
  onChange(value: Attachment[]): void;
  errors: ServerErrors | null;
}) {
  const { t } = useTranslation('directives');
  const update = (index: number, patch: Partial<Attachment>) =>
    onChange(value.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  return (
    <fieldset className="dir-form-field attachments-field">
      <legend>{t('form.attachments')}</legend>
      {value.map((a, index) => (
        <div className="dir-attachment-row" key={index}>
          <input
            className="input"
            aria-label={t('form.attachmentTitle', { index: index + 1 })}
            placeholder={t('form.attachmentTitlePlaceholder')}
            value={a.title}
            onChange={(e) => update(index, { title: e.target.value })}
          />
          <input
            className="input"
            aria-label={t('form.attachmentUrl', { index: index + 1 })}
            placeholder="https://…"
            value={a.url}
            onChange={(e) => update(index, { url: e.target.value })}
          />
          <button
            type="button"
            className="action-item"
            aria-label={t('form.attachmentRemove', { index: index + 1 })}
            title={t('form.attachmentRemove', { index: index + 1 })}
            onClick={() => onChange(value.filter((_a, i) => i !== index))}
          >
            <Codicon name="trash" />
          </button>
        </div>
      ))}
      <button type="button" className="link-button" onClick={() => onChange([...value, { title: '', url: '' }])}>
        {t('form.attachmentAdd')}
      </button>
      <FieldMessages
        messages={[
          ...problemsFor(errors, 'attachments'),
          ...problemsFor(errors, 'attachments.title'),
          ...problemsFor(errors, 'attachments.url'),
        ]}
      />
    </fieldset>
  );
}
