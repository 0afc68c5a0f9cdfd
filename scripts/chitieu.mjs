#!/usr/bin/env node
// The project's two commands (npm start, npm test) and their helpers. Runs on a machine with only
// Node 20 and npm: gets pnpm through npx, installs and builds what changed, then starts or tests.
// Only Node's own modules here: nothing is installed yet when this runs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STATE = path.join(ROOT, '.chitieu');
const PNPM = ['--yes', 'pnpm@12.4.2'];

function say(message) {
  process.stdout.write(`[chitieu] ${message}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    ...options,
    env: { ...process.env, ...options.env },
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    say(`failed (${status}): ${command} ${args.join(' ')}`);
    process.exit(status);
  }
}

/** A digest of files and folders (sorted walk, skipping build output and dependencies). */
function digest(entries) {
  const hash = createHash('sha256');
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (['node_modules', 'dist', '.vite'].includes(name)) continue;
        walk(path.join(p, name));
      }
    } else {
      hash.update(path.relative(ROOT, p));
      hash.update(fs.readFileSync(p));
    }
  };
  for (const entry of entries) walk(path.join(ROOT, entry));
  return hash.digest('hex');
}

function marker(name) {
  const file = path.join(STATE, name);
  return {
    matches: (value) => fs.existsSync(file) && fs.readFileSync(file, 'utf8') === value,
    save: (value) => {
      fs.mkdirSync(STATE, { recursive: true });
      fs.writeFileSync(file, value);
    },
  };
}

/** Node's headers for native addons: pnpm does not pass npm's nodedir to node-gyp. */
function nodeDir() {
  if (process.env.npm_config_nodedir) return process.env.npm_config_nodedir;
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  return fs.existsSync(path.join(prefix, 'include', 'node', 'node.h')) ? prefix : undefined;
}

function sqliteWorks() {
  const serverRequire = `require('node:module').createRequire(${JSON.stringify(path.join(ROOT, 'server', 'package.json'))})`;
  const probe = `${serverRequire}('better-sqlite3')(':memory:').prepare('select 1').get()`;
  return spawnSync(process.execPath, ['-e', probe], { cwd: ROOT, stdio: 'ignore' }).status === 0;
}

function install() {
  const inputs = digest([
    'package.json',
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'shared/package.json',
    'server/package.json',
    'client/package.json',
    'tests/package.json',
  ]);
  const state = marker('installed');
  if (state.matches(inputs) && fs.existsSync(path.join(ROOT, 'node_modules')) && sqliteWorks()) return;
  say(
    'installing dependencies (pnpm 12.4.2 through npx; the SQLite driver builds from source, about a minute on 2 cores)…',
  );
  const dir = nodeDir();
  const env = { npm_config_nodedir: dir, CI: process.env.CI ?? '' };
  must('npx', [...PNPM, 'install', '--frozen-lockfile'], { env });
  if (!sqliteWorks()) {
    say('better-sqlite3 did not load; rebuilding it from source…');
    must('npx', [...PNPM, 'rebuild', 'better-sqlite3'], { env });
    if (!sqliteWorks()) {
      say(
        'better-sqlite3 still does not load. It needs python3, make and a C++ compiler (apt-get install -y python3 make g++).',
      );
      process.exit(1);
    }
  }
  state.save(inputs);
}

/** Builds shared, server and the console when their sources changed since the last build. */
function build({ emitSchema }) {
  const inputs = digest(['tsconfig.base.json', 'shared', 'server', 'client']);
  const state = marker('built');
  const outputs = ['shared/dist/index.js', 'server/dist/main.js', 'client/dist/index.html'];
  if (state.matches(inputs) && outputs.every((o) => fs.existsSync(path.join(ROOT, o)))) return;
  say('building shared, server and console…');
  must('npx', [...PNPM, '--filter', '@chitieu/shared', '--filter', '@chitieu/server', 'run', 'build']);
  // The committed schema is the contract: start and build rewrite it; test only checks it.
  if (emitSchema) must(process.execPath, ['server/dist/cli/emit-schema.js']);
  must('npx', [...PNPM, '--filter', '@chitieu/client', 'run', 'build']);
  state.save(digest(['tsconfig.base.json', 'shared', 'server', 'client']));
}

/** The browser suite needs Debian's Chromium; install it where we may, otherwise say how. */
function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const fontsMissing = () => spawnSync('dpkg', ['-s', 'fonts-noto-core'], { stdio: 'ignore' }).status !== 0;
  if (fs.existsSync(chromium) && !fontsMissing()) return;
  if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
    say('installing Debian chromium and fonts-noto-core for the browser tests…');
    must('apt-get', ['update', '-qq']);
    must('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], {
      env: { DEBIAN_FRONTEND: 'noninteractive' },
    });
    return;
  }
  if (fs.existsSync(chromium)) return;
  say(
    `The browser tests need Chromium at ${chromium}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-core)`,
  );
  say('or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.');
  process.exit(1);
}

/** Typecheck, lint and layout: the tests only run on code that passes all three. */
function check() {
  const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
  say('typecheck (shared, server, tests; console)…');
  must(bin('tsc'), ['-p', 'tsconfig.check.json']);
  must(bin('tsc'), ['-p', 'client/tsconfig.json']);
  say('lint…');
  must(bin('eslint'), ['.', '--max-warnings', '0']);
  say('format (Prettier; npm run format rewrites)…');
  must(bin('prettier'), ['--check', '--log-level', 'warn', '**/*.{ts,tsx,mts,mjs,css}']);
}

/** Runs every test; prints one closing line "N passed, N failed" that any CI can read. */
function test(extraArgs) {
  const report = path.join(ROOT, 'tests', 'output', 'vitest.json');
  fs.mkdirSync(path.dirname(report), { recursive: true });
  fs.rmSync(report, { force: true });
  say(
    process.env.CHITIEU_TEST_POSTGRES_URL
      ? 'engines: SQLite and PostgreSQL — the api suite (fuzz included) and the browser journeys run a second time on CHITIEU_TEST_POSTGRES_URL (projects api-pg, e2e-pg).'
      : 'engines: SQLite only — PostgreSQL not tested (set CHITIEU_TEST_POSTGRES_URL to a server the tests may create databases on; .ci/run starts one).',
  );
  const status = run(path.join(ROOT, 'node_modules', '.bin', 'vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...extraArgs,
  ]);
  if (fs.existsSync(report)) {
    const r = JSON.parse(fs.readFileSync(report, 'utf8'));
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    process.stdout.write(
      `\n${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
    );
    if (r.numTotalTests === 0) {
      say('no test ran');
      process.exit(1);
    }
  }
  process.exit(status);
}

const [command = 'start', ...args] = process.argv.slice(2);
switch (command) {
  case 'start':
    install();
    build({ emitSchema: true });
    process.exit(run(process.execPath, ['server/dist/main.js', ...args]));
    break;
  case 'build':
    install();
    build({ emitSchema: true });
    break;
  case 'test':
    install();
    build({ emitSchema: false });
    ensureChromium();
    if (args.length === 0) check();
    test(args);
    break;
  case 'bench':
    install();
    build({ emitSchema: true });
    process.exit(run(process.execPath, ['tests/bench/bench.mjs', ...args]));
    break;
  case 'soak':
    install();
    build({ emitSchema: true });
    process.exit(run(process.execPath, ['tests/soak/soak.mjs', ...args]));
    break;
  case 'create-admin':
    install();
    build({ emitSchema: true });
    process.exit(run(process.execPath, ['server/dist/cli/create-admin.js', ...args]));
    break;
  case 'backup':
  case 'restore':
    install();
    build({ emitSchema: true });
    process.exit(run(process.execPath, ['server/dist/cli/backup.js', command, ...args]));
    break;
  case 'seed:national':
    install();
    build({ emitSchema: true });
    process.exit(run(process.execPath, ['server/dist/cli/seed-national.js', ...args]));
    break;
  default:
    say(`unknown command "${command}" (start, build, test, bench, soak, create-admin, backup, restore, seed:national)`);
    process.exit(2);
}
