import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { logIn, startConsole, type ConsoleSession } from './console-helpers';

export interface UseConsoleOptions {
  /** The account logged in once the console is up (password 'demo' unless given). */
  login?: string;
  password?: string;
}

/** Forwards to the object once beforeAll has made it; a use before that says so. */
function lateBound<T extends object>(current: () => T | undefined, what: string): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const target = current();
      if (!target) throw new Error(`${what} is used before beforeAll started the console`);
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * One server and one browser on the console for a describe block (the e2e files' useServer):
 * started in beforeAll, logged in as `login` if given, closed in afterAll. The page and the list
 * of its uncaught errors can be taken at the top: `const { page, errors } = useConsole({ login: 'admin' });`;
 * `session` is filled in when beforeAll runs (its server, its browser).
 */
export function useConsole(options: UseConsoleOptions = {}): { page: Page; errors: string[]; session: ConsoleSession } {
  const errors: string[] = [];
  const session = {} as ConsoleSession;
  let started: ConsoleSession | undefined;
  beforeAll(async () => {
    started = await startConsole(errors);
    Object.assign(session, started);
    if (options.login) await logIn(started.page, options.login, options.password);
  });
  afterAll(() => started?.close());
  return { page: lateBound(() => started?.page, 'The page'), errors, session };
}
