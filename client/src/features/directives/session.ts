import type { SessionUser } from '../../lib/feature';
import { createStore, useStore } from '../../workbench/state/store';

/**
 * Who is signed in, for the directive editors (editor components get only their input). The
 * server decides every permission; the console only hides buttons a role never has: an analyst
 * reads, an official works on their own lines, an admin also manages directives.
 */
export const sessionStore = createStore<SessionUser | null>(null);

export function useSession(): { user: SessionUser | null; isAdmin: boolean; canWrite: boolean } {
  const user = useStore(sessionStore);
  return { user, isAdmin: user?.role === 'ADMIN', canWrite: user?.role === 'ADMIN' || user?.role === 'OFFICIAL' };
}
