import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { SessionGate } from '../features/access';
import { i18n, setLanguage } from '../i18n/i18n';
import { settingsStore } from '../workbench/settings/settings-service';
import { useStore } from '../workbench/state/store';
import { applyTheme } from '../workbench/theme/themes';
import { createApolloClient } from './apollo';
import { WorkbenchRoot } from './WorkbenchRoot';

/** Theme and language first (the login screen uses them too), then the session, then the shell. */
export function App() {
  const client = useMemo(createApolloClient, []);
  const settings = useStore(settingsStore);
  useEffect(() => applyTheme(settings.theme), [settings.theme]);
  useEffect(() => setLanguage(settings.language), [settings.language]);

  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <SessionGate>
          {(user, signOut) => <WorkbenchRoot key={user.username} user={user} signOut={signOut} />}
        </SessionGate>
      </ApolloProvider>
    </I18nextProvider>
  );
}
