// chitieu soak: many users reading and a few officials saving their communes' days, against the
// real server on 127.0.0.1 over a copy of the national database (or the Bến Tre demo), for a
// bounded time. Then: no errors, no lost write, roll-ups equal to their sums, memory flat.
// Not part of npm test: run `npm run soak` (figures in docs/benchmarks.md, "Soak").
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseOptions, USAGE } from './options.mjs';
import { readWorld, spread } from './world.mjs';
import { createAdmin, rssMb, startSoakServer, workingDatabase } from './server.mjs';
import { createUsers, planUsers } from './users.mjs';
import { gql, must } from './client.mjs';
import { CONTEXT } from './queries.mjs';
import { planReads, runReaders } from './readers.mjs';
import { runWriters, writableOfficials } from './writers.mjs';
import { createStats, memoryVerdict, sampleEvery } from './stats.mjs';
import { verifyDatabase } from './verify.mjs';
import { printReport } from './report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(ROOT, 'tests', 'package.json'));
const Database = require('better-sqlite3');
const autocannon = require('autocannon');
const NATIONAL = path.join(ROOT, 'data', 'national.sqlite');

const say = (message) => process.stdout.write(`[soak] ${message}\n`);

/** The dates from start to today, about a dozen, today included. */
function datesBetween(start, today, n = 12) {
  const days = [];
  for (let d = new Date(`${start}T00:00:00Z`); d <= new Date(`${today}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1))
    days.push(d.toISOString().slice(0, 10));
  return [...new Set([...spread(days, n - 1), today])];
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) return void process.stdout.write(USAGE);
  const source = options.demo ? null : path.resolve(options.database ?? NATIONAL);
  if (source === NATIONAL && !fs.existsSync(source)) {
    say(`no national database yet: seeding ${path.relative(ROOT, NATIONAL)} (about a minute)…`);
    execFileSync(process.execPath, [path.join(ROOT, 'server/dist/cli/seed-national.js'), '--database', NATIONAL], {
      stdio: 'inherit',
    });
  }
  if (source && !fs.existsSync(source)) {
    throw new Error(
      `no database at ${source}: build the national one (npm run seed:national) or run on the demo (npm run soak -- --demo)`,
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-soak-'));
  const logFile = path.join(dir, 'server.log');
  let server = null;
  let keep = options.keep;
  try {
    say(`copying ${options.demo ? 'a fresh Bến Tre demo' : source} into ${dir}…`);
    const file = workingDatabase({ root: ROOT, dir, demo: options.demo, source });
    const world = readWorld(Database, file, { officials: options.officials });
    const password = randomBytes(18).toString('base64url');
    createAdmin({ root: ROOT, file, username: 'soak-admin', password, scope: world.root.code });
    server = await startSoakServer({ root: ROOT, file, logFile, accessLog: options.accessLog });
    say(
      `server ${server.url} (pid ${server.pid}); creating and logging in ${world.communes.length} officials and ${options.analysts} analysts…`,
    );
    const setupStarted = performance.now();
    const { adminCookie, users } = await createUsers(server.url, {
      admin: 'soak-admin',
      password,
      users: planUsers(world, options.analysts),
    });
    const { today, campaign } = must(await gql(server.url, CONTEXT, {}, adminCookie), 'today and campaign');
    const officials = writableOfficials(users, today);
    const dates = datesBetween(campaign.startDate, today);
    const plan = planReads(world, users, { campaign: campaign.code, dates });
    say(
      `${users.length} sessions in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s; today is ${today}; reads: ${Object.entries(
        plan,
      )
        .map(([k, v]) => `${k} ×${v.length}`)
        .join(', ')}`,
    );
    say(
      `load for ${options.duration} s: ${options.connections} reader connections, ${officials.length} officials saving ${options.writeRate} commune days/s…`,
    );

    const started = performance.now();
    const stats = createStats(started);
    // The machine's load beside the server's memory: on a shared machine, other work slows answers.
    const memory = sampleEvery(() => ({ ...rssMb(server.pid), load: os.loadavg()[0] }), started);
    const [readers, writes] = await Promise.all([
      runReaders(autocannon, {
        url: server.url,
        plan,
        duration: options.duration,
        connections: options.connections,
        stats,
      }),
      runWriters({
        url: server.url,
        campaign: campaign.code,
        today,
        officials,
        writeRate: options.writeRate,
        until: started + options.duration * 1000,
        stats,
      }),
    ]);
    const elapsed = (performance.now() - started) / 1000;
    memory.stop();
    const stopped = await server.stop();
    server = null;
    say(
      `server stopped (${stopped.clean ? 'cleanly' : `exit ${stopped.code ?? stopped.signal}`}); reading the database file back…`,
    );
    const verification = verifyDatabase(Database, file, {
      campaignId: world.campaign.id,
      rootPath: world.root.path,
      dates: [...new Set([campaign.startDate, ...spread(dates, 3), today])],
      writes,
    });
    const result = {
      database: options.demo ? 'demo' : source,
      world,
      options,
      elapsed,
      readers,
      stats,
      writes,
      stopped,
      verification,
      memory: {
        samples: memory.samples,
        rss: memoryVerdict(memory.samples, options.duration, (m) => m.rss),
        anon: memoryVerdict(memory.samples, options.duration, (m) => m.anon),
      },
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        node: process.version,
        at: new Date().toISOString(),
      },
    };
    const failures = printReport(result);
    if (failures.length > 0) keep = true;
    process.exitCode = failures.length > 0 ? 1 : 0;
  } catch (error) {
    keep = true;
    throw error;
  } finally {
    if (server) await server.stop();
    if (keep) say(`working folder kept (database copy, server.log): ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[soak] ${error.message}`);
  process.exitCode = 2;
});
