import { useApolloClient } from '@apollo/client/react';
import { checkPassword } from '@chitieu/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedErrorMessage } from '../../../lib/errors';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { ChangeMyPasswordMutation } from '../operations/change-my-password';

/** "Change my password", for every role: the current password, the new one twice. */
export function PasswordEditor() {
  const wb = useWorkbench();
  const client = useApolloClient();
  const { t } = useTranslation('users');
  const language = useLanguage();
  const [form, setForm] = useState({ current: '', next: '', again: '' });
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    const bad = checkPassword(form.next);
    if (bad) return setProblem(language === 'en' ? bad.messageEn : bad.messageVi);
    if (form.next !== form.again) return setProblem(t('password.mismatch'));
    try {
      await client.mutate({
        mutation: ChangeMyPasswordMutation,
        variables: { oldPassword: form.current, newPassword: form.next },
      });
      setProblem(null);
      setForm({ current: '', next: '', again: '' });
      wb.notifications.info(t('password.done'));
    } catch (error) {
      setProblem(localizedErrorMessage(error, language));
    }
  };
  const field = (key: keyof typeof form, label: string, autoComplete: string) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        className="input"
        type="password"
        autoComplete={autoComplete}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </label>
  );

  return (
    <form
      className="form-editor password-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h1>{t('password.title')}</h1>
      <p className="muted">{t('password.intro')}</p>
      <div className="form-grid">
        {field('current', t('password.current'), 'current-password')}
        {field('next', t('password.new'), 'new-password')}
        {field('again', t('password.confirm'), 'new-password')}
      </div>
      {problem && (
        <p className="view-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button primary" disabled={!form.current || !form.next}>
        {t('password.submit')}
      </button>
    </form>
  );
}
