import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { SignedInUserContext, type SessionUser } from '../lib/signed-in-user';
import { WorkbenchShell } from '../workbench/layout/WorkbenchShell';
import { Workbench } from '../workbench/workbench';
import { WorkbenchContext } from '../workbench/WorkbenchContext';
import { activateAll } from './features';

/** One workbench per signed-in user: their layout and open tabs are remembered separately. */
export function WorkbenchRoot({ user, signOut }: { user: SessionUser; signOut: () => Promise<void> }) {
  const client = useApolloClient();
  // The workbench and the user its features were activated with: components read that same user.
  const [session, setSession] = useState<{ workbench: Workbench; user: SessionUser } | null>(null);
  // The session's user and sign-out may change identity on a refetch; the workbench must not.
  const latest = useRef({ user, signOut });
  latest.current = { user, signOut };

  useEffect(() => {
    const { user: current } = latest.current;
    const wb = new Workbench(current.username);
    const stop = activateAll({ workbench: wb, client, user: current, signOut: () => latest.current.signOut() });
    setSession({ workbench: wb, user: current });
    return stop;
  }, [client, user.username]);

  if (!session) return null;
  return (
    <SignedInUserContext.Provider value={session.user}>
      <WorkbenchContext.Provider value={session.workbench}>
        <WorkbenchShell />
      </WorkbenchContext.Provider>
    </SignedInUserContext.Provider>
  );
}
