import { useApolloClient } from '@apollo/client/react';
import { i18n } from '../../../i18n/i18n';
import { localizedErrorMessage } from '../../../lib/errors';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { DeactivateUserMutation } from '../operations/deactivate-user';
import { ReactivateUserMutation } from '../operations/reactivate-user';
import { ResetPasswordMutation } from '../operations/reset-password';
import { RevokeSessionsMutation } from '../operations/revoke-sessions';

/** What an admin does to an account; each asks first when it cannot be undone at once, then refreshes the list. */
export function useUserActions(refresh: () => unknown) {
  const wb = useWorkbench();
  const client = useApolloClient();
  const language = useLanguage();
  const t = i18n.getFixedT(language, 'users');

  const attempt = async (work: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await work();
      wb.notifications.info(done);
      refresh();
      return true;
    } catch (error) {
      wb.notifications.error(localizedErrorMessage(error, language));
      return false;
    }
  };
  const confirm = async (question: string, detail: string) =>
    (await wb.dialogs.ask(
      question,
      [
        { id: 'yes', label: t('confirm.yes'), primary: true },
        { id: 'cancel', label: t('confirm.cancel') },
      ],
      'cancel',
      detail,
    )) === 'yes';

  return {
    resetPassword: (username: string, password: string) =>
      attempt(
        () => client.mutate({ mutation: ResetPasswordMutation, variables: { username, password } }),
        t('done.reset', { username }),
      ),
    deactivate: async (username: string) => {
      if (!(await confirm(t('confirm.deactivate', { username }), t('confirm.deactivateDetail')))) return false;
      return attempt(
        () => client.mutate({ mutation: DeactivateUserMutation, variables: { username } }),
        t('done.deactivate', { username }),
      );
    },
    reactivate: (username: string) =>
      attempt(
        () => client.mutate({ mutation: ReactivateUserMutation, variables: { username } }),
        t('done.reactivate', { username }),
      ),
    revokeSessions: async (username: string) => {
      if (!(await confirm(t('confirm.revoke', { username }), t('confirm.revokeDetail')))) return false;
      return attempt(
        () => client.mutate({ mutation: RevokeSessionsMutation, variables: { username } }),
        t('done.revoke', { username }),
      );
    },
  };
}

export type UserActions = ReturnType<typeof useUserActions>;
