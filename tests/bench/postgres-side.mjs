// The benchmark's read and write figures (1: progress of a unit at a date; 3: writing a commune's
// day) on SQLite and on PostgreSQL side by side, over the same seeded demo, through the same
// services. Not part of npm test: `CHITIEU_BENCH_POSTGRES_URL=postgres://user@127.0.0.1:5432/postgres
// node tests/bench/postgres-side.mjs` (a server where it may create and drop a database), after a build.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, openServices, ROOT, serverRequire, timeAsync } from './bench-lib.mjs';

const ADMIN_URL = process.env.CHITIEU_BENCH_POSTGRES_URL;
const READS = Number(process.env.BENCH_ITERATIONS ?? 2000);
const WRITES = Number(process.env.BENCH_WRITES ?? 200);
const UNITS = [['province', '83'], ['district', '836'], ['commune', '29119'], ['hamlet', '2911901']];

function prepare(databaseUrl) {
  execFileSync(process.execPath, [path.join(ROOT, 'server/dist/cli/prepare-database.js')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test', CHITIEU_DEMO: '1', CHITIEU_TODAY: '' },
    stdio: 'ignore',
  });
}

async function admin(statement) {
  const pg = serverRequire('pg');
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Figures 1 and 3 on one database: p50/p95 in ms. */
async function measure(databaseUrl) {
  const opened = await openServices(databaseUrl);
  try {
    const { services } = opened;
    const campaign = await services.campaigns.byCode('DDDT-2023');
    const out = {};
    for (const [label, code] of UNITS) {
      const unit = await services.units.byCode(code);
      out[`progress of a ${label} (${code})`] = await timeAsync(READS, (i) => services.progress.progressOf(campaign, [unit], addDays(campaign.startDate, ((i + 1000) * 7919) % 90)), 100);
    }
    const commune = await services.units.byCode('29119');
    const hamlets = await services.units.children(commune.id);
    const actor = { userId: null, username: 'bench', role: 'ADMIN', requestId: null };
    out[`write one commune's day (${hamlets.length} hamlets)`] = await timeAsync(WRITES, (n) => services.tallies.record({
      campaign, date: '2023-11-15', actor, scopePath: commune.path, today: '2023-11-15', earliestDate: campaign.startDate,
      reports: hamlets.map((h, i) => ({ unit: h.code, collected: 50_000 + n + 300 + i, activated: 40_000 + n + 300 })),
    }), 20);
    return out;
  } finally {
    await opened.close();
  }
}

async function main() {
  if (!ADMIN_URL) throw new Error('Set CHITIEU_BENCH_POSTGRES_URL to a PostgreSQL server where a database may be created and dropped.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-side-'));
  const name = `chitieu_bench_${process.pid}`;
  const pgUrl = new URL(ADMIN_URL);
  pgUrl.pathname = `/${name}`;
  try {
    const sqliteUrl = `sqlite:${path.join(dir, 'bench.sqlite')}`;
    prepare(sqliteUrl);
    await admin(`CREATE DATABASE ${name}`);
    prepare(pgUrl.toString());
    const sqlite = await measure(sqliteUrl);
    const postgres = await measure(pgUrl.toString());
    const fmt = (x) => x.toFixed(3).padStart(8);
    console.log(`\nchitieu bench — SQLite beside PostgreSQL, ${os.cpus().length} cores, Node ${process.version} (ms; p50 / p95)\n`);
    console.log(`${'figure'.padEnd(44)} ${'SQLite p50'.padStart(10)} ${'p95'.padStart(8)}   ${'PostgreSQL p50'.padStart(14)} ${'p95'.padStart(8)}`);
    for (const figure of Object.keys(sqlite)) {
      console.log(`${figure.padEnd(44)} ${fmt(sqlite[figure].p50).padStart(10)} ${fmt(sqlite[figure].p95)}   ${fmt(postgres[figure].p50).padStart(14)} ${fmt(postgres[figure].p95)}`);
    }
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
