// The real chitieu server for a figure run alone: a seeded demo database, the built server on a
// free loopback port, and an admin's session cookie. The bench runner starts its own server and
// passes the url and cookie to each figure instead.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './bench-server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A fresh temporary folder with a migrated, seeded Bến Tre demo database in it. */
export function prepareDemoDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-bench-'));
  const file = path.join(dir, 'chitieu.sqlite');
  execFileSync(process.execPath, [path.join(ROOT, 'server/dist/cli/prepare-database.js')], {
    env: { ...process.env, DATABASE_URL: `sqlite:${file}`, NODE_ENV: 'test', CHITIEU_DEMO: '1', CHITIEU_TODAY: '' },
    stdio: 'ignore',
  });
  return { dir, file };
}

/**
 * The server over `dbFile` as the figures run alone want it: production mode (as users run it),
 * the demo seeded when the file is empty. stop() ends it with SIGTERM and waits.
 */
export function startChitieu({ dbFile, demo = true, env = {}, nodeArgs = [] }) {
  return startServer({ dbFile, nodeArgs, env: { NODE_ENV: 'production', CHITIEU_DEMO: demo ? '1' : '0', ...env } });
}

/** Logs in over HTTP and returns the session cookie ("name=value"). */
export async function login(url, username = 'admin', password = 'demo') {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username } }',
      variables: { u: username, p: password },
    }),
  });
  const body = await res.json();
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (body.errors || !cookie) throw new Error(`login as ${username} failed: ${JSON.stringify(body.errors)}`);
  return cookie;
}

/** A GraphQL request as the console sends it (same-origin JSON with the CSRF preflight header). */
export async function graphql(url, cookie, query, variables = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text);
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return { data: body.data, text };
}
