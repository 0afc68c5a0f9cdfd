// The database the benchmark runs on: the national seed (63 provinces, every commune, synthetic
// hamlets and their reports), made once by the seed command and kept in tests/bench/.cache/ under
// a digest of what the seed is made from, or the Bến Tre demo (--demo). Each run works on its own
// copy, so the cache stays as the seed made it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, serverRequire } from './bench-lib.mjs';

const CACHE = path.join(ROOT, 'tests', 'bench', '.cache');
/** What each kind of database is made from: a change in any of these makes it again. */
const INPUTS = {
  national: ['server/src/seed', 'server/src/cli/seed-national.ts', 'shared/src/units', 'shared/src/tallies'],
  demo: ['server/src/seed', 'shared/src/units', 'shared/src/tallies'],
};
/** The accounts the benchmark signs in with, made in every cached database. */
export const ACCOUNTS = {
  admin: { username: 'bench-admin', password: 'bench-password-1', role: 'ADMIN' },
  analyst: { username: 'bench-analyst', password: 'bench-password-1', role: 'ANALYST' },
};

function digest(entries) {
  const hash = createHash('sha256');
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    if (fs.statSync(p).isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) if (!name.endsWith('.test.ts')) walk(path.join(p, name));
    } else {
      hash.update(path.relative(ROOT, p));
      hash.update(fs.readFileSync(p));
    }
  };
  for (const entry of entries) walk(path.join(ROOT, entry));
  return hash.digest('hex').slice(0, 16);
}

const node = (script, args, env = {}, input) =>
  execFileSync(process.execPath, [path.join(ROOT, 'server/dist', script), ...args], {
    env: { ...process.env, NODE_ENV: 'test', CHITIEU_TODAY: '', ...env },
    encoding: 'utf8',
    input,
    stdio: [input ? 'pipe' : 'ignore', 'pipe', 'inherit'],
  });

function rootCode(file) {
  const Database = serverRequire('better-sqlite3');
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT code FROM unit WHERE parent_id IS NULL ORDER BY id LIMIT 1`).pluck().get();
  } finally {
    db.close();
  }
}

function addAccounts(file) {
  const env = { DATABASE_URL: `sqlite:${file}`, CHITIEU_DEMO: '0' };
  const scope = rootCode(file);
  for (const a of Object.values(ACCOUNTS)) {
    node(
      'cli/create-admin.js',
      ['--username', a.username, '--scope', scope, '--role', a.role, '--password-stdin'],
      env,
      `${a.password}\n`,
    );
  }
}

/** The seeded database of this kind, made (minutes, for the national one) unless cached. */
export function cachedDatabase(kind, log) {
  if (!fs.existsSync(CACHE)) fs.mkdirSync(CACHE, { recursive: true });
  fs.writeFileSync(path.join(CACHE, '.gitignore'), '*\n');
  const file = path.join(CACHE, `${kind}-${digest(INPUTS[kind])}.sqlite`);
  if (!fs.existsSync(file)) {
    for (const old of fs.readdirSync(CACHE).filter((n) => n.startsWith(`${kind}-`))) fs.rmSync(path.join(CACHE, old));
    const making = `${file}.making`;
    const started = Date.now();
    log(`making the ${kind} database once (cached in ${path.relative(ROOT, CACHE)}/)…`);
    if (kind === 'national') node('cli/seed-national.js', ['--database', making], {}, undefined);
    else node('cli/prepare-database.js', [], { DATABASE_URL: `sqlite:${making}`, CHITIEU_DEMO: '1' });
    addAccounts(making);
    checkpoint(making);
    fs.renameSync(making, file);
    log(`  made in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  // Migrations added since the seed run on the cached file (a no-op when it is current).
  node('cli/prepare-database.js', [], { DATABASE_URL: `sqlite:${file}`, CHITIEU_DEMO: '0' });
  checkpoint(file);
  return file;
}

/** Folds the write-ahead log into the file, so that one file is the whole database. */
function checkpoint(file) {
  const Database = serverRequire('better-sqlite3');
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** A copy of the cached database for one run. */
export function copyFor(file, dir) {
  const copy = path.join(dir, 'bench.sqlite');
  fs.copyFileSync(file, copy);
  return copy;
}
