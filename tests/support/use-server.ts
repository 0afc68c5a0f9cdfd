import { afterAll, beforeAll } from 'vitest';
import { ApiClient } from './graphql';
import { startServer, type StartOptions, type TestServer } from './server';

export interface UseServerOptions<U extends string> extends StartOptions {
  /** Accounts (password 'demo') logged in once the server listens, one after another in this order. */
  logins?: readonly U[];
}

/** The file's server and one client per login, each filled in by beforeAll. */
export type ServerAndClients<U extends string> = { readonly server: TestServer } & { readonly [K in U]: ApiClient };

/**
 * One server for a whole test file: started in beforeAll (startServer's options: by default over a
 * fresh copy of the seeded demo), the named accounts logged in right after, stopped in afterAll.
 * The objects exist at once and are filled in when beforeAll runs, so a file takes them at the top:
 * `const { server, admin } = useServer({ logins: ['admin'] });`.
 */
export function useServer<const U extends string = never>(options: UseServerOptions<U> = {}): ServerAndClients<U> {
  const { logins = [], ...start } = options;
  const server = {} as TestServer;
  const clients = Object.fromEntries(logins.map((username) => [username, new ApiClient(server)])) as Record<
    U,
    ApiClient
  >;
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startServer(start);
    Object.assign(server, started);
    for (const username of logins) await clients[username].login(username);
  });
  afterAll(() => started?.stop());
  return { server, ...clients };
}
