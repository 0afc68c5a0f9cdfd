// The soak's server: the real build (server/dist/main.js) on 127.0.0.1, over its own copy of a
// database, with one administrator created the way an operator would (npm run create-admin).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function workingDatabase({ root, dir, demo, source }) {
  const file = path.join(dir, 'soak.sqlite');
  if (demo) {
    execFileSync(process.execPath, [path.join(root, 'server/dist/cli/prepare-database.js')], {
      env: { ...process.env, DATABASE_URL: `sqlite:${file}`, NODE_ENV: 'test', CHITIEU_DEMO: '1' },
      stdio: 'ignore',
    });
    return file;
  }
  // A server may have left a write-ahead log beside the source: copy it too, so the copy is whole.
  fs.copyFileSync(source, file);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(source + suffix)) fs.copyFileSync(source + suffix, file + suffix);
  }
  return file;
}

const ENV = (file) => ({
  ...process.env,
  DATABASE_URL: `sqlite:${file}`,
  NODE_ENV: 'production',
  CHITIEU_DEMO: '0',
  CHITIEU_TODAY: '',
  CHITIEU_BACKUP_EVERY_HOURS: '0',
  CHITIEU_QUIET: '',
  CHITIEU_ACCESS_LOG: '',
});

export function createAdmin({ root, file, username, password, scope }) {
  execFileSync(
    process.execPath,
    [
      path.join(root, 'server/dist/cli/create-admin.js'),
      '--username',
      username,
      '--scope',
      scope,
      '--role',
      'ADMIN',
      '--password-stdin',
    ],
    {
      env: ENV(file),
      input: `${password}\n`,
      stdio: ['pipe', 'ignore', 'pipe'],
    },
  );
}

/** Starts the server on a free loopback port; resolves once it listens. Its output goes to logFile. */
export async function startSoakServer({ root, file, logFile, accessLog = false }) {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
    env: { ...ENV(file), PORT: '0', HOST: '127.0.0.1', CHITIEU_ACCESS_LOG: accessLog ? '1' : '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let head = '';
  const onData = (chunk) => {
    fs.writeSync(log, chunk);
    if (head.length < 10_000) head += chunk.toString();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  // 'close' comes after the output streams end, so nothing is written to a closed log.
  const exited = new Promise((resolve) =>
    child.once('close', (code, signal) => {
      fs.closeSync(log);
      resolve({ code, signal });
    }),
  );
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 120 s; see ${logFile}`)), 120_000);
    const check = () => {
      const match = /is running: http:\/\/[^:]+:(\d+)\//.exec(head);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', check);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening; see ${logFile}`));
    });
  });
  return {
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    /** SIGTERM, as an operator stops it; a server that does not exit in 30 s is killed and reported. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return { clean: false, ...(await exited) };
      child.kill('SIGTERM');
      const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 30_000).unref());
      const result = await Promise.race([exited, timeout]);
      if (result) return { clean: result.code === 0, ...result };
      child.kill('SIGKILL');
      return { clean: false, ...(await exited), timedOut: true };
    },
  };
}

/**
 * The resident set of a process in MB, from /proc/<pid>/status (Linux): in all (VmRSS), and its
 * anonymous part (RssAnon: heaps, buffers), the part a leak grows. The rest is mapped files: Node's
 * own code, the SQLite driver, SQLite's WAL index (and the database file itself, were mmap on).
 */
export function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]) / 1024;
  return { rss: mb('VmRSS'), anon: mb('RssAnon') };
}
