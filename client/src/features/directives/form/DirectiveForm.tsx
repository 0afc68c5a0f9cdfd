import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from '../../../workbench/views/contributions';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { useCampaign } from '../../campaigns';
import { openDirective } from '../open';
import { CreateDirectiveMutation } from '../operations/create-directive';
import { DirectiveDetailQuery } from '../operations/directive-detail';
import { UpdateDirectiveMutation } from '../operations/update-directive';
import { NEW_DIRECTIVE, parseDirectiveId } from '../refs';
import { useSignedInUser } from '../../../lib/signed-in-user';
import { changedFields, directiveFields, draftOf, newDraft, sameDraft, type DirectiveDraft } from './directive-draft';
import { DirectiveFormFields } from './DirectiveFormFields';
import { readServerErrors, type ServerErrors } from './server-errors';
import { useFocusFirstError } from './use-focus-first-error';
import { useFormTab } from './use-form-tab';

/** A new directive's header, or an existing one's: saved with the button or Ctrl+S. */
export function DirectiveForm(props: EditorProps) {
  const { input } = props;
  const wb = useWorkbench();
  const client = useApolloClient();
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const { campaign, today } = useCampaign();
  const user = useSignedInUser();
  const ref = input.id === NEW_DIRECTIVE ? null : parseDirectiveId(input.id);
  const { data } = useQuery(DirectiveDetailQuery, {
    variables: { number: ref?.number ?? '', issuer: ref?.issuer ?? null, asOf: today },
    skip: !ref || !today,
  });
  const [saved, setSaved] = useState<DirectiveDraft | null>(null);
  const [draft, setDraft] = useState<DirectiveDraft | null>(null);
  const [errors, setErrors] = useState<ServerErrors | null>(null);
  const [badDate, setBadDate] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors, badDate);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (saved) return;
    const initial = ref
      ? data
        ? draftOf(data.directive)
        : null
      : newDraft({ issuer: user.scope.code, campaign: campaign?.code ?? null, today });
    if (initial) {
      setSaved(initial);
      setDraft(initial);
    }
  }, [saved, ref, data, user, campaign, today]);

  const dirty = Boolean(draft && saved && !sameDraft(draft, saved));
  const save = async () => {
    if (!draft || !saved || saving) return;
    const next = directiveFields(draft);
    setBadDate('badDate' in next);
    if (!('fields' in next)) return;
    setErrors(null);
    setSaving(true);
    try {
      if (!ref) {
        const result = await client.mutate({
          mutation: CreateDirectiveMutation,
          variables: { input: { ...next.fields, issuer: draft.issuer } },
        });
        const created = result.data?.createDirective;
        props.setDirty(false);
        setSaved(draft);
        if (created) {
          await wb.editors.close(props.groupId, [`${input.typeId}:${input.id}`]);
          openDirective(wb, { issuer: created.issuedBy.code, number: created.number }, created.number, {
            pinned: true,
          });
        }
        wb.notifications.info(t('form.created', { number: draft.number.trim() }));
      } else {
        const before = directiveFields(saved);
        const changes = 'fields' in before ? changedFields(before.fields, next.fields) : next.fields;
        await client.mutate({
          mutation: UpdateDirectiveMutation,
          variables: { input: { directive: ref.number, issuer: ref.issuer, ...changes } },
          refetchQueries: 'active',
        });
        setSaved(draft);
        wb.notifications.info(t('form.saved', { number: draft.number.trim() }));
      }
    } catch (error) {
      setErrors(readServerErrors(error, language));
    } finally {
      setSaving(false);
    }
  };
  useFormTab(props, dirty, save);

  if (!draft) return <p className="editor-message">{t('editor.loading')}</p>;
  return (
    <form
      ref={formRef}
      className="directive-form"
      data-testid="directive-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h1>{ref ? t('form.editTitle', { number: saved?.number ?? '' }) : t('form.newTitle')}</h1>
      <p className="muted">{t('form.intro')}</p>
      <DirectiveFormFields draft={draft} onChange={setDraft} errors={errors} badDate={badDate} isNew={!ref} />
      <div className="dir-form-actions">
        <button type="submit" className="button primary" disabled={saving || (!dirty && Boolean(ref))}>
          {ref ? t('form.save') : t('form.create')}
        </button>
        {dirty && <span className="muted small">{t('form.unsaved')}</span>}
      </div>
    </form>
  );
}
