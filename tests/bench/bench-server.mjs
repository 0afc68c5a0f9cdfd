// The real server for the figures that are about it: node server/dist/main.js on a free port of
// 127.0.0.1 over the benchmark's own copy of the database, and a GraphQL client that keeps its
// session cookie as the console does.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './bench-lib.mjs';

/**
 * Starts the server over dbFile; resolves with { url, pid, stop(), output() } once it listens.
 * nodeArgs go to node itself (e.g. --cpu-prof, to see where a figure's time goes).
 */
export async function startServer({ dbFile, env = {}, nodeArgs = [] }) {
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'server/dist/main.js')], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${dbFile}`,
      NODE_ENV: 'test',
      CHITIEU_DEMO: '0',
      CHITIEU_TODAY: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk.toString()));
  child.stderr.on('data', (chunk) => (output += chunk.toString()));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 120 s:\n${output}`)), 120_000);
    child.stdout.on('data', () => {
      const match = /is running: (http:\/\/localhost:\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    url,
    pid: child.pid,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Peak and current resident memory of a process, in MB (VmHWM and VmRSS of /proc/<pid>/status),
 * the current split into the process's own memory (anon) and pages of mapped files (the database).
 */
export function memoryOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return {
    peakMb: kb('VmHWM') / 1024,
    rssMb: kb('VmRSS') / 1024,
    anonMb: kb('RssAnon') / 1024,
    fileMb: kb('RssFile') / 1024,
  };
}

/** A GraphQL client over HTTP with a session cookie. */
export class Client {
  constructor(url, cookie = null) {
    this.url = url;
    this.cookie = cookie;
  }

  async request(query, variables) {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    return { status: res.status, ...(await res.json()) };
  }

  /** The data of a query that must succeed. */
  async data(query, variables) {
    const res = await this.request(query, variables);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  async login(username, password) {
    await this.data(`mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username } }`, {
      u: username,
      p: password,
    });
    return this;
  }
}

/** CPU time a process has used so far (user + system), in ms; /proc counts in ticks of 10 ms. */
export function cpuMsOf(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
