import { checkSavedQuery } from '@chitieu/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../../lib/signed-in-user';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import type { QueryDoc } from '../documents/query-documents';
import { submitInfo } from '../documents/saved-actions';
import type { Analytics } from '../feature';

/** Name, description and sharing of a query: to save a new one, or to change yours. */
export function SaveForm({ a, doc }: { a: Analytics; doc: QueryDoc }) {
  const { t } = useTranslation('analytics');
  const language = useLanguage();
  const { scope } = useSignedInUser();
  const [name, setName] = useState(doc.saved?.name ?? '');
  const [description, setDescription] = useState(doc.saved?.description ?? '');
  const [shared, setShared] = useState(doc.saved?.shared ?? false);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const problems = checkSavedQuery({ name, description });
  const problem = (field: 'name' | 'description') => {
    const found = problems.find((p) => p.field === field);
    return tried && found ? (language === 'vi' ? found.messageVi : found.messageEn) : null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.length > 0) return;
    setBusy(true);
    await submitInfo(a, doc.id, { name, description, shared });
    setBusy(false);
  };

  return (
    <form
      className="gql-form"
      aria-label={t('form.label')}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(e) => e.key === 'Escape' && a.docs.update(doc.id, { formOpen: false })}
    >
      <label className="gql-field">
        <span>{t('form.name')}</span>
        <input
          className="input"
          autoFocus
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={problem('name') ? true : undefined}
        />
        {problem('name') && <span className="gql-field-error">{problem('name')}</span>}
      </label>
      <label className="gql-field gql-field-wide">
        <span>{t('form.description')}</span>
        <textarea
          className="input"
          rows={2}
          value={description}
          maxLength={2000}
          onChange={(e) => setDescription(e.target.value)}
        />
        {problem('description') && <span className="gql-field-error">{problem('description')}</span>}
      </label>
      <label className="gql-check">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
        <span>{t('form.share', { unit: scope.name })}</span>
      </label>
      <div className="form-buttons">
        <button type="submit" className="button primary" disabled={busy}>
          {t('form.submit')}
        </button>
        <button type="button" className="button secondary" onClick={() => a.docs.update(doc.id, { formOpen: false })}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
