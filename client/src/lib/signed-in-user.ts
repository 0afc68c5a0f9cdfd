import { createContext, useContext } from 'react';
import type { SignedInUserFragment } from '../gql/graphql';

/** Who is signed in (the Me query's answer, fragment SignedInUser). */
export type SessionUser = SignedInUserFragment;

/**
 * The one way a component reaches the signed-in user: the workbench root provides the user its
 * features were activated with (FeatureContext.user, for code outside React). The server decides
 * every permission; the console only hides what a role never may do.
 */
export const SignedInUserContext = createContext<SessionUser | null>(null);

export function useSignedInUser(): SessionUser {
  const user = useContext(SignedInUserContext);
  if (!user) throw new Error('useSignedInUser outside <SignedInUserContext>');
  return user;
}
