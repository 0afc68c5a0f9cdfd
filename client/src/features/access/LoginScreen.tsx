import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, localizedErrorMessage } from '../../lib/errors';
import { Codicon } from '../../workbench/Codicon';
import { updateSettings } from '../../workbench/settings/settings-service';
import { LoginMutation } from './operations/login';
import { MeQuery } from './operations/me';
import './i18n';

/** The sign-in form shown before the workbench; the language can be switched here already. */
export function LoginScreen({ notice }: { notice?: string }) {
  const { t, i18n } = useTranslation('access');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(LoginMutation, {
    refetchQueries: [{ query: MeQuery }],
    awaitRefetchQueries: true,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login({ variables: { username: username.trim(), password } }).catch(() => undefined);
  };

  // The server's own answer ("Tên đăng nhập hoặc mật khẩu không đúng."), in the user's language.
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const message = error ? (errorCode(error) ? localizedErrorMessage(error, language) : t('login.offline')) : notice;
  return (
    <div className="login-screen">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title">
        <div className="login-brand">
          <span className="login-logo" aria-hidden="true">
            <Codicon name="graph" size={28} />
          </span>
          <div>
            <div className="login-product">{t('login.product')}</div>
            <div className="muted">{t('login.tagline')}</div>
          </div>
        </div>
        <h1 id="login-title" className="login-title">
          {t('login.title')}
        </h1>
        <LoginField
          label={t('login.username')}
          name="username"
          autoComplete="username"
          autoFocus
          value={username}
          onChange={setUsername}
        />
        <LoginField
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        {message && (
          <p className="login-error" role="alert">
            <Codicon name="error" /> {message}
          </p>
        )}
        <button type="submit" className="button primary login-submit" disabled={loading}>
          {loading ? t('login.working') : t('login.submit')}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => updateSettings({ language: i18n.language === 'en' ? 'vi' : 'en' })}
        >
          <Codicon name="globe" /> {t('login.language')}
        </button>
      </form>
    </div>
  );
}

/** A required field of the sign-in form, labelled by its visible name. */
function LoginField({
  label,
  onChange,
  ...input
}: { label: string; onChange(value: string): void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'>) {
  return (
    <label className="field">
      <span>{label}</span>
      <input className="input" required {...input} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}
