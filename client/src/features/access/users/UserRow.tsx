import { checkPassword, formatDateTime } from '@chitieu/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserAccountFieldsFragment } from '../../../gql/graphql';
import { Codicon } from '../../../workbench/Codicon';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import type { UserActions } from './use-user-actions';

/** One account with its actions; resetting a password opens a field under the row. */
export function UserRow({
  user,
  actions,
  self,
}: {
  user: UserAccountFieldsFragment;
  actions: UserActions;
  self: boolean;
}) {
  const { t } = useTranslation('users');
  const language = useLanguage();
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, { seconds: false }) : t('never'));
  const action = (icon: string, label: string, run: () => unknown, disabled = false) => (
    <button
      type="button"
      className="action-item"
      title={label}
      aria-label={`${label}: ${user.username}`}
      disabled={disabled}
      onClick={() => void run()}
    >
      <Codicon name={icon} />
    </button>
  );

  const reset = async () => {
    const bad = checkPassword(password);
    if (bad) return setProblem(language === 'en' ? bad.messageEn : bad.messageVi);
    if (await actions.resetPassword(user.username, password)) {
      setResetting(false);
      setPassword('');
      setProblem(null);
    }
  };

  return (
    <>
      <tr data-username={user.username}>
        <th scope="row">{user.username}</th>
        <td>{t(`access:role.${user.role}`)}</td>
        <td>
          {user.scope.name} <span className="muted small">({user.scope.code})</span>
        </td>
        <td>
          <span className={user.active ? 'badge on' : 'badge off'}>{user.active ? t('active') : t('inactive')}</span>
        </td>
        <td className="num">{user.openSessions}</td>
        <td>{when(user.lastSeenAt)}</td>
        <td>
          <div className="row-actions">
            {action('key', t('action.reset'), () => setResetting(!resetting))}
            {user.active
              ? action('circle-slash', t('action.deactivate'), () => actions.deactivate(user.username), self)
              : action('pass', t('action.reactivate'), () => actions.reactivate(user.username))}
            {action(
              'sign-out',
              t('action.revoke'),
              () => actions.revokeSessions(user.username),
              user.openSessions === 0 || self,
            )}
          </div>
        </td>
      </tr>
      {resetting && (
        <tr className="reset-row">
          <td colSpan={7}>
            <form
              className="reason-field"
              onSubmit={(event) => {
                event.preventDefault();
                void reset();
              }}
            >
              <span>{t('form.newPassword', { username: user.username })}</span>
              <input
                className={problem ? 'input invalid' : 'input'}
                type="password"
                autoComplete="new-password"
                autoFocus
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
              <button type="submit" className="button primary">
                {t('form.set')}
              </button>
              <button type="button" className="button secondary" onClick={() => setResetting(false)}>
                {t('form.cancel')}
              </button>
            </form>
            {problem && (
              <div className="cell-problem" role="alert">
                {problem}
              </div>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
