import type { ApolloClient } from '@apollo/client';
import type { Workbench } from '../workbench/workbench';
import type { SessionUser } from './signed-in-user';

/** What a feature's activate function is given: the shell, the API client and who is signed in. */
export interface FeatureContext {
  workbench: Workbench;
  client: ApolloClient;
  user: SessionUser;
  /** Ends the session (used by the sign-out command). */
  signOut(): Promise<void>;
}
