import { useApolloClient } from '@apollo/client/react';
import { checkCampaign } from '@chitieu/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDetailsQuery } from '../../../gql/graphql';
import { fieldProblems, localizedErrorMessage } from '../../../lib/errors';
import { FormField } from '../../../workbench/forms/FormField';
import type { EditorProps } from '../../../workbench/views/contributions';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { loadCampaign } from '../campaign-store';
import { CreateCampaignMutation } from '../operations/create-campaign';
import { UpdateCampaignMutation } from '../operations/update-campaign';
import { changedFields, EMPTY_FORM, fieldsOf, formOf, type CampaignForm } from './campaign-form';

type Props = EditorProps & {
  campaign: CampaignDetailsQuery['campaign'] | null;
  rootUnit: { code: string; name: string };
  editable: boolean;
};
const TEXT_FIELDS = ['name', 'collectedLabel', 'activatedLabel'] as const;

/** The campaign form: checked with the shared rules as typed, saved with only what changed. */
export function CampaignFormView({ campaign, rootUnit, editable, setDirty, registerSave }: Props) {
  const wb = useWorkbench();
  const client = useApolloClient();
  const { t } = useTranslation('campaignEditor');
  const language = useLanguage();
  const initial = campaign ? formOf(campaign, language) : EMPTY_FORM;
  const [form, setForm] = useState<CampaignForm>(initial);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const dirty = (Object.keys(form) as Array<keyof CampaignForm>).some((key) => form[key] !== initial[key]);
  const pick = (p: { messageVi: string; messageEn: string }) => (language === 'en' ? p.messageEn : p.messageVi);

  const save = async (): Promise<void> => {
    const fields = fieldsOf(form);
    const found = checkCampaign(fields);
    setProblems(Object.fromEntries(found.map((p) => [p.field, pick(p)])));
    if (found.length > 0) return;
    try {
      if (campaign) {
        const patch = changedFields(fieldsOf(initial), fields);
        if (Object.keys(patch).length === 0) {
          wb.notifications.info(t('nothing'));
          return;
        }
        await client.mutate({
          mutation: UpdateCampaignMutation,
          variables: { input: { code: campaign.code, ...patch, ...(reason.trim() ? { reason: reason.trim() } : {}) } },
        });
        wb.notifications.info(t('saved', { code: campaign.code }));
      } else {
        await client.mutate({
          mutation: CreateCampaignMutation,
          variables: { input: { ...fields, rootUnit: rootUnit.code } },
        });
        wb.notifications.info(t('created', { code: fields.code }));
      }
      setBanner(null);
      setDirty(false);
      await loadCampaign(client);
    } catch (error) {
      setProblems(Object.fromEntries(fieldProblems(error).map((p) => [p.field, pick(p)])));
      setBanner(localizedErrorMessage(error, language));
    }
  };
  useEffect(() => setDirty(dirty), [dirty, setDirty]);
  useEffect(() => registerSave(save), [registerSave, save]);

  const input = (
    key: keyof CampaignForm,
    label: string,
    extra: { placeholder?: string; help?: string; disabled?: boolean } = {},
  ) => (
    <FormField key={key} label={label} help={extra.help} problem={problems[key]}>
      {(control) => (
        <input
          {...control}
          className={problems[key] ? 'input invalid' : 'input'}
          value={form[key]}
          placeholder={extra.placeholder}
          disabled={!editable || extra.disabled}
          onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        />
      )}
    </FormField>
  );

  return (
    <form
      className="form-editor campaign-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h1>{campaign ? t('titleEdit', { code: campaign.code }) : t('titleNew')}</h1>
      <p className="muted">{t('intro')}</p>
      {!editable && <p className="view-error">{t('readOnly', { unit: rootUnit.name })}</p>}
      <div className="form-grid">
        {input('code', t('field.code'), { help: t('field.codeHelp'), disabled: campaign !== null })}
        {TEXT_FIELDS.map((key) => input(key, t(`field.${key}`)))}
        {input('startDate', t('field.startDate'), { placeholder: t('field.datePlaceholder') })}
        {input('deadline', t('field.deadline'), { placeholder: t('field.datePlaceholder') })}
        {input('rootTarget', t('field.rootTarget', { unit: rootUnit.name }))}
      </div>
      <FormField label={t('field.description')} problem={problems.description} className="campaign-description">
        {(control) => (
          <textarea
            {...control}
            className="input"
            rows={3}
            value={form.description}
            disabled={!editable}
            onChange={(e) => setForm({ ...form, description: e.target.value })}
          />
        )}
      </FormField>
      {campaign && editable && (
        <label className="reason-field campaign-reason">
          <span>{t('field.reason')}</span>
          <input className="input" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </label>
      )}
      {banner && (
        <p className="view-error" role="alert">
          {banner}
        </p>
      )}
      {editable && (
        <div className="form-buttons">
          <button type="submit" className="button primary" disabled={!dirty}>
            {campaign ? t('save') : t('create')}
          </button>
          <button type="button" className="button secondary" disabled={!dirty} onClick={() => setForm(initial)}>
            {t('revert')}
          </button>
        </div>
      )}
    </form>
  );
}
