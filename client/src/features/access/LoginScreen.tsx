import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
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
        <label className="field">
          <span>{t('login.username')}</span>
          <input
            className="input"
            name="username"
            autoComplete="username"
            autoFocus
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input
            className="input"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
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
