import { useApolloClient } from '@apollo/client/react';
import { checkPassword, checkUsername, ROLES, type Role } from '@chitieu/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProblems, localizedErrorMessage } from '../../../lib/errors';
import { FormField } from '../../../workbench/forms/FormField';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { UnitPicker } from '../../units';
import { CreateUserMutation } from '../operations/create-user';

/** A new account: username, first password, role, and a scope unit at or below the admin's. */
export function CreateUserForm({ onDone, onCancel }: { onDone(): void; onCancel(): void }) {
  const wb = useWorkbench();
  const client = useApolloClient();
  const { t } = useTranslation('users');
  const language = useLanguage();
  const [form, setForm] = useState({
    username: '',
    password: '',
    role: 'OFFICIAL' as Role,
    scope: null as string | null,
  });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const pick = (p: { messageVi: string; messageEn: string }) => (language === 'en' ? p.messageEn : p.messageVi);

  const submit = async () => {
    const found: Record<string, string> = {};
    const username = checkUsername(form.username.trim());
    const password = checkPassword(form.password);
    if (username) found.username = pick(username);
    if (password) found.password = pick(password);
    if (!form.scope) found.scope = t('form.scopeMissing');
    setProblems(found);
    if (Object.keys(found).length > 0 || !form.scope) return;
    try {
      await client.mutate({
        mutation: CreateUserMutation,
        variables: {
          input: { username: form.username.trim(), password: form.password, role: form.role, scope: form.scope },
        },
      });
      wb.notifications.info(t('done.create', { username: form.username.trim() }));
      onDone();
    } catch (error) {
      setProblems(Object.fromEntries(fieldProblems(error).map((p) => [p.field, pick(p)])));
      setBanner(localizedErrorMessage(error, language));
    }
  };

  return (
    <form
      className="create-user"
      aria-label={t('new')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="form-grid">
        <FormField label={t('form.username')} help={t('form.usernameHelp')} problem={problems.username}>
          {(control) => (
            <input
              {...control}
              className={problems.username ? 'input invalid' : 'input'}
              value={form.username}
              autoComplete="off"
              onChange={(e) => setForm({ ...form, username: e.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('form.password')} problem={problems.password}>
          {(control) => (
            <input
              {...control}
              className={problems.password ? 'input invalid' : 'input'}
              type="password"
              value={form.password}
              autoComplete="new-password"
              onChange={(e) => setForm({ ...form, password: e.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('form.role')}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={form.role}
              onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`access:role.${role}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('form.scope')} help={t('form.scopeHelp')} problem={problems.scope}>
          {(control) => (
            <UnitPicker
              id={control.id}
              value={form.scope}
              invalid={Boolean(problems.scope)}
              onChange={(scope) => setForm((f) => ({ ...f, scope }))}
            />
          )}
        </FormField>
      </div>
      {banner && (
        <p className="view-error" role="alert">
          {banner}
        </p>
      )}
      <div className="form-buttons">
        <button type="submit" className="button primary">
          {t('form.create')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
