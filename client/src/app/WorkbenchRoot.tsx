import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { SessionUser } from '../lib/feature';
import { WorkbenchShell } from '../workbench/layout/WorkbenchShell';
import { Workbench } from '../workbench/workbench';
import { WorkbenchContext } from '../workbench/WorkbenchContext';
import { activateAll } from './features';

/** One workbench per signed-in user: their layout and open tabs are remembered separately. */
export function WorkbenchRoot({ user, signOut }: { user: SessionUser; signOut: () => Promise<void> }) {
  const client = useApolloClient();
  const [workbench, setWorkbench] = useState<Workbench | null>(null);
  // The session's user and sign-out may change identity on a refetch; the workbench must not.
  const latest = useRef({ user, signOut });
  latest.current = { user, signOut };

  useEffect(() => {
    const { user: current } = latest.current;
    const wb = new Workbench(current.username);
    const stop = activateAll({ workbench: wb, client, user: current, signOut: () => latest.current.signOut() });
    setWorkbench(wb);
    return stop;
  }, [client, user.username]);

  if (!workbench) return null;
  return (
    <WorkbenchContext.Provider value={workbench}>
      <WorkbenchShell />
    </WorkbenchContext.Provider>
  );
}
