import { DIRECTIVE_KINDS, DIRECTIVE_KIND_NAMES, DIRECTIVE_STATUSES, peoplesCommitteeName } from '@chitieu/shared';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import { AgenciesQuery } from '../operations/agencies';
import { useSignedInUser } from '../../../lib/signed-in-user';
import { AttachmentsField } from './AttachmentsField';
import type { DirectiveDraft } from './directive-draft';
import { FieldMessages } from './FieldMessages';
import { FormField } from '../../../workbench/forms/FormField';
import { otherProblems, problemsFor, type ServerErrors } from './server-errors';

const SHOWN = [
  'number',
  'title',
  'summary',
  'fullText',
  'signerTitle',
  'signerName',
  'issuedDate',
  'attachments',
  'attachments.title',
  'attachments.url',
];

/** The header fields of a directive, each with the server's messages about it. */
export function DirectiveFormFields({
  draft,
  onChange,
  errors,
  badDate,
  isNew,
}: {
  draft: DirectiveDraft;
  onChange(draft: DirectiveDraft): void;
  errors: ServerErrors | null;
  badDate: boolean;
  isNew: boolean;
}) {
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const user = useSignedInUser();
  const { data } = useQuery(AgenciesQuery);
  const set = <K extends keyof DirectiveDraft>(key: K, value: DirectiveDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const text = (key: 'number' | 'title' | 'signerTitle' | 'signerName', label: string, help?: string) => (
    <FormField label={label} help={help} problem={problemsFor(errors, key)}>
      {(props) => <input {...props} className="input" value={draft[key]} onChange={(e) => set(key, e.target.value)} />}
    </FormField>
  );
  const summary = errors ? [errors.message, ...otherProblems(errors, SHOWN).map((p) => p.message)] : [];

  return (
    <div className="dir-form-grid">
      {summary.length > 0 && <FieldMessages messages={[...new Set(summary)]} role="alert" />}
      {text('number', t('form.number'), t('form.numberHelp'))}
      <FormField label={t('form.kind')}>
        {(props) => (
          <select
            {...props}
            className="select"
            value={draft.kind}
            onChange={(e) => set('kind', e.target.value as DirectiveDraft['kind'])}
          >
            {DIRECTIVE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {DIRECTIVE_KIND_NAMES[kind][language]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('form.issuer')} help={isNew ? t('form.issuerHelp') : t('form.issuerFixed')}>
        {(props) => (
          <select
            {...props}
            className="select"
            value={draft.issuer}
            disabled={!isNew}
            onChange={(e) => set('issuer', e.target.value)}
          >
            <option value={user.scope.code}>{peoplesCommitteeName(user.scope.name)}</option>
            {(data?.agencies ?? []).map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
            {!isNew && draft.issuer !== user.scope.code && !data?.agencies.some((a) => a.code === draft.issuer) && (
              <option value={draft.issuer}>{draft.issuer}</option>
            )}
          </select>
        )}
      </FormField>
      {text('signerTitle', t('form.signerTitle'), t('form.signerTitleHelp'))}
      {text('signerName', t('form.signerName'))}
      <FormField
        label={t('form.issuedDate')}
        help={t('form.dateHelp')}
        problem={[...(badDate ? [t('update.badDate')] : []), ...problemsFor(errors, 'issuedDate')]}
      >
        {(props) => (
          <input
            {...props}
            className="input dir-form-date"
            value={draft.issuedDate}
            placeholder="dd/mm/yyyy"
            onChange={(e) => set('issuedDate', e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('form.status')}>
        {(props) => (
          <select
            {...props}
            className="select"
            value={draft.status}
            onChange={(e) => set('status', e.target.value as DirectiveDraft['status'])}
          >
            {DIRECTIVE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('form.campaign')} help={t('form.campaignHelp')}>
        {(props) => (
          <select
            {...props}
            className="select"
            value={draft.campaign}
            onChange={(e) => set('campaign', e.target.value)}
          >
            <option value="">{t('form.noCampaign')}</option>
            {(data?.campaigns ?? []).map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} · {c.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="dir-form-wide">{text('title', t('form.title'), t('form.titleHelp'))}</div>
      <div className="dir-form-wide">
        <FormField label={t('form.summary')} problem={problemsFor(errors, 'summary')}>
          {(props) => (
            <textarea
              {...props}
              className="input"
              rows={3}
              value={draft.summary}
              onChange={(e) => set('summary', e.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="dir-form-wide">
        <FormField label={t('form.fullText')} problem={problemsFor(errors, 'fullText')}>
          {(props) => (
            <textarea
              {...props}
              className="input"
              rows={8}
              value={draft.fullText}
              onChange={(e) => set('fullText', e.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="dir-form-wide">
        <AttachmentsField
          value={draft.attachments}
          onChange={(attachments) => set('attachments', attachments)}
          errors={errors}
        />
      </div>
    </div>
  );
}
