import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { connectionStore } from '../../lib/connection';
import { errorCode } from '../../lib/errors';
import type { SessionUser } from '../../lib/signed-in-user';
import { useStore } from '../../workbench/state/store';
import { LoginScreen } from './LoginScreen';
import { LogoutMutation } from './operations/logout';
import { MeQuery } from './operations/me';
import './i18n';

/** Shows the login screen until there is a session, then the children for that user. */
export function SessionGate({
  children,
}: {
  children: (user: SessionUser, signOut: () => Promise<void>) => ReactNode;
}) {
  const client = useApolloClient();
  const { t } = useTranslation('access');
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'network-only', errorPolicy: 'all' });
  const sessionLost = useStore(connectionStore, (s) => s.sessionLost);
  const [notice, setNotice] = useState<string | undefined>();

  const signOut = useCallback(async () => {
    await client.mutate({ mutation: LogoutMutation }).catch(() => undefined);
    await client.clearStore();
    await refetch().catch(() => undefined);
  }, [client, refetch]);

  useEffect(() => {
    if (!sessionLost) return;
    setNotice(t('sessionLost'));
    connectionStore.set((s) => ({ ...s, sessionLost: false }));
    void client.clearStore().then(() => refetch().catch(() => undefined));
  }, [sessionLost, client, refetch, t]);

  const user = data?.me;
  if (user) return <>{children(user, signOut)}</>;
  if (loading)
    return (
      <div className="splash" role="status">
        {t('loading')}
      </div>
    );
  const offline = error !== undefined && errorCode(error) === undefined;
  return <LoginScreen notice={offline ? t('login.offline') : notice} />;
}
