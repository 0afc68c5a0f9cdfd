import type { ApolloClient } from '@apollo/client';
import type { Workbench } from '../workbench/workbench';
import type { MeQuery } from '../gql/graphql';

export type SessionUser = MeQuery['me'];

/** What a feature's activate function is given: the shell, the API client and who is signed in. */
export interface FeatureContext {
  workbench: Workbench;
  client: ApolloClient;
  user: SessionUser;
  /** Ends the session (used by the sign-out command). */
  signOut(): Promise<void>;
}
