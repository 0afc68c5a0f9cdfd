import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { SERVER_MAIN } from './paths';
import { createDatabase, databaseUrl, dropDatabase } from './pg';

/** Databases this test file made on PostgreSQL (api-pg, e2e-pg), for unique names. */
let databases = 0;

export interface TestServer {
  url: string;
  /** The server's own SQLite file (a copy of the seeded template); '' on PostgreSQL (api-pg, e2e-pg). */
  dbFile: string;
  /** The URL of the server's own PostgreSQL database (api-pg, e2e-pg); '' on SQLite. */
  databaseUrl: string;
  /** Everything the server printed, for assertions on logs. */
  output(): string;
  stop(): Promise<void>;
  /** SIGKILL: the process dies at once, mid-write or not. The database file stays. */
  kill(): Promise<void>;
  /** SIGTERM, as an operator or systemd stops it; resolves with its exit code. The database file stays. */
  terminate(): Promise<number | null>;
  process: ChildProcess;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Start from an empty database instead of the seeded demo. */
  empty?: boolean;
  /** Run over this existing database file (kept after stop), e.g. to restart after a crash. */
  dbFile?: string;
  /** Run over this existing PostgreSQL database (kept after stop), e.g. another test server's: two instances on one database. */
  databaseUrl?: string;
  /**
   * Let file permissions bind even when the tests run as root (as in CI, where they would not):
   * the server runs as the same user, wherever the clone is, without root's overrides of file
   * permissions (see permissionsBind below).
   */
  bindPermissions?: boolean;
}

/**
 * What starts the server: node on server/dist/main.js; as root with `bindPermissions`, through
 * util-linux's setpriv with CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER out of its
 * bounding set, so a file's mode binds root as it binds anyone (a 0444 file is not writable).
 * Unlike running as another user, it needs nothing under the clone to be readable by others.
 */
function serverCommand(bindPermissions: boolean): { command: string; args: string[] } {
  const node = { command: process.execPath, args: [SERVER_MAIN] };
  if (!bindPermissions || process.getuid?.() !== 0) return node;
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => fs.existsSync(p));
  if (!setpriv)
    throw new Error(
      "As root, file permissions bind only without root's capabilities: install util-linux (setpriv), e.g. apt-get install -y util-linux.",
    );
  return {
    command: setpriv,
    args: ['--bounding-set', '-dac_override,-dac_read_search,-fowner', '--', node.command, ...node.args],
  };
}

/**
 * Starts the real built server (node server/dist/main.js) on a free port over a fresh copy of
 * the seeded template database, and resolves once it is listening.
 */
export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  const templatePg = inject('templatePg');
  const pgDatabase =
    templatePg && !options.dbFile && !options.databaseUrl ? `chitieu_test_${process.pid}_${++databases}` : null;
  const pgUrl = options.databaseUrl ?? (pgDatabase ? databaseUrl(pgDatabase) : null);
  const dir = options.dbFile || pgUrl ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-test-'));
  const dbFile = pgUrl ? '' : (options.dbFile ?? path.join(dir!, 'chitieu.sqlite'));
  if (pgDatabase) await createDatabase(pgDatabase, options.empty ? undefined : templatePg);
  else if (!pgUrl && !options.empty && !options.dbFile) fs.copyFileSync(inject('templateDb'), dbFile);
  const { command, args } = serverCommand(options.bindPermissions ?? false);
  const child = spawn(command, args, {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: pgUrl ?? `sqlite:${dbFile}`,
      NODE_ENV: 'test',
      CHITIEU_DEMO: options.empty ? '0' : '1',
      CHITIEU_TODAY: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s:\n${output}`)), 30_000);
    const check = () => {
      const match = /is running: (http:\/\/localhost:\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    url,
    dbFile,
    databaseUrl: pgUrl ?? '',
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      if (pgDatabase) await dropDatabase(pgDatabase);
    },
    async terminate() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}
