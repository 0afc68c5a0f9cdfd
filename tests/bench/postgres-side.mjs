// The benchmark's read and write figures on SQLite and on PostgreSQL side by side, through the same
// services in this process, over the same seeded data: figure 1 (progress of a unit at a date, for
// the heaviest country, province, district, commune and hamlet) and figure 3 (writing a commune's
// day), p50 and p95 on each engine and the ratio PostgreSQL ÷ SQLite. The two engines are timed in
// turns (SQLite, PostgreSQL, SQLite, …), so other load on the machine falls on both alike.
//
// Not part of npm test; after a build:
//   CHITIEU_BENCH_POSTGRES_URL=postgres://user@127.0.0.1:5432/postgres node tests/bench/postgres-side.mjs [--demo] [--write] [--quick] [--keep-seed]
// CHITIEU_BENCH_POSTGRES_URL names a server where it may create and drop a database. By default
// the national seed: SQLite from the benchmark's cache (tests/bench/.cache, made once), PostgreSQL
// seeded by `seed-national --database-url` into a database of its own for the run (a few
// minutes), dropped at the end. --demo: the Bến Tre demo on both. A national run writes its table
// to tests/bench/RESULTS-postgres.md (--write forces it). --keep-seed keeps the seeded PostgreSQL
// database (named after the SQLite cache file, so a change of the seed makes it again) and runs on
// a copy of it (CREATE DATABASE … TEMPLATE, seconds instead of minutes), as the SQLite side does.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cachedDatabase, copyFor } from './bench-db.mjs';
import { addDays, openServices, replacingDay, ROOT, serverRequire, timePairAsync } from './bench-lib.mjs';
import { machine, machineLine } from './bench-report.mjs';
import { describeDatabase, describeScale } from './bench-scale.mjs';

const args = process.argv.slice(2);
const demo = args.includes('--demo');
const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const keepSeed = args.includes('--keep-seed');
const ADMIN_URL = process.env.CHITIEU_BENCH_POSTGRES_URL;
const READS = Number(process.env.BENCH_ITERATIONS ?? (quick ? 300 : 2000));
const WRITES = Number(process.env.BENCH_WRITES ?? (quick ? 50 : 300));
const GOALS = { progress: 10, write: 20 };
const RESULTS = path.join(ROOT, 'tests', 'bench', 'RESULTS-postgres.md');
const log = (message) => process.stdout.write(`[postgres-side] ${message}\n`);

async function withClient(url, fn) {
  const pg = serverRequire('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const env = (databaseUrl, demoData) => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  NODE_ENV: 'test',
  CHITIEU_DEMO: demoData ? '1' : '0',
  CHITIEU_TODAY: '',
});

/** The same data on PostgreSQL: the national seed's command, or the demo's preparation. Seconds taken. */
function seedPostgres(databaseUrl) {
  const started = Date.now();
  if (demo) {
    execFileSync(process.execPath, [path.join(ROOT, 'server/dist/cli/prepare-database.js')], {
      env: env(databaseUrl, true),
      stdio: 'ignore',
    });
  } else {
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'server/dist/cli/seed-national.js'), '--database-url', databaseUrl],
      {
        env: { ...env('', false), CI: '1' },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }
  return (Date.now() - started) / 1000;
}

/**
 * --keep-seed: the seeded database kept for later runs (made once, under a name of its own while
 * it is being made, so a seed that fails half-way is never taken for a whole one), brought up to
 * date by the migrations, then copied into the run's database. Seconds taken by the seed, or null
 * when the kept one served.
 */
async function seedFromKept(cachedFile, name) {
  const kind = demo ? 'demo' : 'national';
  const kept = `chitieu_keep_${path.basename(cachedFile, '.sqlite').replace(/[^a-z0-9]/g, '_')}`;
  const urlOf = (db) => Object.assign(new URL(ADMIN_URL), { pathname: `/${db}` }).toString();
  // Earlier seeds of this kind (the other kind's are kept).
  const existing = await withClient(ADMIN_URL, async (c) =>
    (await c.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`chitieu\\_keep\\_${kind}\\_%`])).rows.map(
      (r) => r.datname,
    ),
  );
  let seedSeconds = null;
  if (!existing.includes(kept)) {
    await withClient(ADMIN_URL, async (c) => {
      for (const old of existing) await c.query(`DROP DATABASE ${old} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${kept}_making`);
    });
    log(`seeding PostgreSQL once (kept as ${kept})…`);
    seedSeconds = seedPostgres(urlOf(`${kept}_making`));
    await withClient(ADMIN_URL, (c) => c.query(`ALTER DATABASE ${kept}_making RENAME TO ${kept}`));
  }
  // Migrations added since the seed (a no-op when it is current), as on the SQLite cache.
  execFileSync(process.execPath, [path.join(ROOT, 'server/dist/cli/prepare-database.js')], {
    env: env(urlOf(kept), false),
    stdio: 'ignore',
  });
  const started = Date.now();
  await withClient(ADMIN_URL, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${kept} STRATEGY FILE_COPY`));
  log(`  copied ${kept} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return seedSeconds;
}

/** The latest counts of each hamlet on or before `date`: what a commune's day adds to. */
async function latest(services, campaignId, hamlets, date) {
  const out = [];
  for (const h of hamlets) {
    const row = await services.sql.get(
      `SELECT date, collected, activated FROM tally_report WHERE campaign_id = ? AND unit_id = ? AND date <= ? ORDER BY date DESC LIMIT 1`,
      campaignId,
      h.id,
      date,
    );
    const base = row ? { collected: row.collected, activated: row.activated } : { collected: 0, activated: 0 };
    out.push({ hamlet: h, base, onDate: row && String(row.date) === date ? base : null });
  }
  return out;
}

/** Statements one call makes, counted through the Db's hook. */
async function statements(services, fn) {
  let n = 0;
  services.sql.onStatement = () => n++;
  try {
    await fn();
  } finally {
    services.sql.onStatement = null;
  }
  return n;
}

/**
 * Where a call's time goes: each statement kind (its first words) with how many a call makes and
 * what one costs, timed around the Db's methods over `n` calls.
 */
async function profile(services, fn, n) {
  const sql = services.sql;
  const kinds = new Map();
  const originals = {};
  for (const method of ['get', 'all', 'run', 'insert']) {
    originals[method] = sql[method];
    sql[method] = async (text, ...params) => {
      const started = process.hrtime.bigint();
      try {
        return await originals[method].call(sql, text, ...params);
      } finally {
        const kind = text.replace(/\s+/g, ' ').trim().slice(0, 60);
        const k = kinds.get(kind) ?? { count: 0, ms: 0 };
        k.count++;
        k.ms += Number(process.hrtime.bigint() - started) / 1e6;
        kinds.set(kind, k);
      }
    };
  }
  let whole = 0;
  try {
    for (let i = 0; i < n; i++) {
      const started = process.hrtime.bigint();
      await fn(i);
      whole += Number(process.hrtime.bigint() - started) / 1e6;
    }
  } finally {
    for (const [method, original] of Object.entries(originals)) sql[method] = original;
  }
  return { kinds, whole: whole / n, n };
}

/** One engine's side: its services, the campaign, and per figure the function to time. */
async function side(databaseUrl, scale) {
  const opened = await openServices(databaseUrl);
  const { services } = opened;
  const campaign = await services.campaigns.byCode(scale.campaign.code);
  const span = Math.max(1, Math.round((Date.parse(campaign.deadline) - Date.parse(campaign.startDate)) / 86_400_000));
  // A date spread over the whole campaign, a different one each call (no cache helps).
  const dateOf = (i) => addDays(campaign.startDate, ((i + 1000) * 7919) % span);
  const reads = {};
  for (const label of ['country', 'province', 'district', 'commune', 'hamlet']) {
    if (!scale[label]) continue;
    const unit = await services.units.byCode(scale[label].code);
    reads[label] = { unit, run: (i) => services.progress.progressOf(campaign, [unit], dateOf(i)) };
  }
  const commune = await services.units.byCode(scale.writeCommunes[0].code);
  const date = scale.today;
  const rows = await latest(services, campaign.id, await services.units.children(commune.id), date);
  const actor = { userId: null, username: 'bench', role: 'ADMIN', requestId: null };
  // Each save replaces the one before it, naming it (replace-with-expected).
  const replacing = replacingDay(rows.map((r) => r.onDate));
  const write = {
    commune,
    hamlets: rows.length,
    run: (n) =>
      services.tallies.record({
        campaign,
        date,
        actor,
        scopePath: scale.root.path,
        today: date,
        earliestDate: campaign.startDate,
        reports: replacing(
          rows.map(({ hamlet, base }) => ({
            unit: hamlet.code,
            collected: base.collected + 1000 + n + 200,
            activated: base.activated,
          })),
        ),
      }),
  };
  const roundTrip = () => services.sql.get(`SELECT 1 AS one`);
  return { services, reads, write, roundTrip, close: opened.close };
}

async function serverFacts(url) {
  return withClient(url, async (c) => {
    const one = async (sql) => (await c.query(sql)).rows[0];
    const version = (await one(`SHOW server_version`)).server_version;
    const settings = {};
    for (const name of ['shared_buffers', 'fsync', 'synchronous_commit', 'random_page_cost'])
      settings[name] = (await one(`SHOW ${name}`))[name];
    const size = Number((await one(`SELECT pg_database_size(current_database()) AS n`)).n);
    return { version, settings, size };
  });
}

const ms = (x) => x.toFixed(2);

function table(rows) {
  const lines = [
    '| figure | SQLite p50 | SQLite p95 | PostgreSQL p50 | PostgreSQL p95 | PG ÷ SQLite (p95) | statements (SQLite / PG) | goal | PG meets it |',
    '|---|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const r of rows) {
    const goal = r.goal === null ? ['—', '—'] : [`≤ ${r.goal} ms`, r.pg.p95 <= r.goal ? 'yes' : '**no**'];
    lines.push(
      `| ${r.name} | ${ms(r.sqlite.p50)} | ${ms(r.sqlite.p95)} | ${ms(r.pg.p50)} | ${ms(r.pg.p95)} | ${(r.pg.p95 / r.sqlite.p95).toFixed(1)}× | ${r.statements.sqlite} / ${r.statements.pg} | ${goal.join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/** Figure 3 statement by statement: how many a write makes and their mean time on each engine. */
function breakdown(spent, write) {
  const lines = [
    `Where a commune's day goes (${write.commune.code}, ${write.hamlets} hamlets; ${spent.pg.n} more writes on each engine, each statement timed from the service's call to its answer):`,
    '',
    '| statement | per write | SQLite ms each | PostgreSQL ms each | PostgreSQL ms per write |',
    '|---|---:|---:|---:|---:|',
  ];
  const kinds = [...spent.pg.kinds.entries()].sort((a, b) => b[1].ms - a[1].ms);
  let statementsMs = 0;
  for (const [kind, k] of kinds) {
    const lite = spent.sqlite.kinds.get(kind);
    statementsMs += k.ms / spent.pg.n;
    lines.push(
      `| \`${kind.replace(/\|/g, '\\|')}…\` | ${(k.count / spent.pg.n).toFixed(0)} | ${lite ? ms(lite.ms / lite.count) : '—'} | ${ms(k.ms / k.count)} | ${ms(k.ms / spent.pg.n)} |`,
    );
  }
  lines.push(
    `| **the whole write** (statements, plus BEGIN, COMMIT and JavaScript) | | ${ms(spent.sqlite.whole)} | | **${ms(spent.pg.whole)}** (statements ${ms(statementsMs)}) |`,
  );
  return lines.join('\n');
}

async function main() {
  if (!ADMIN_URL)
    throw new Error(
      'Set CHITIEU_BENCH_POSTGRES_URL to a PostgreSQL server where a database may be created and dropped.',
    );
  if (!fs.existsSync(path.join(ROOT, 'server/dist/cli/seed-national.js')))
    throw new Error('The server is not built: npm run build first.');
  const m = machine();
  log(machineLine(m));
  const kind = demo ? 'demo' : 'national';
  const cached = cachedDatabase(kind, log);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-side-'));
  const name = `chitieu_bench_${process.pid}`;
  const pgUrl = new URL(ADMIN_URL);
  pgUrl.pathname = `/${name}`;
  const sides = [];
  try {
    const dbFile = copyFor(cached, dir);
    const scale = describeDatabase(dbFile);
    log(`${kind} database: ${describeScale(scale)}`);
    let seedSeconds = null;
    if (keepSeed) seedSeconds = await seedFromKept(cached, name);
    else {
      await withClient(ADMIN_URL, (c) => c.query(`CREATE DATABASE ${name}`));
      log(`seeding PostgreSQL (${kind})…`);
      seedSeconds = seedPostgres(pgUrl.toString());
      log(`  ${seedSeconds.toFixed(0)} s`);
    }
    const facts = await serverFacts(pgUrl.toString());

    const sqlite = await side(`sqlite:${dbFile}`, scale);
    sides.push(sqlite);
    const pg = await side(pgUrl.toString(), scale);
    sides.push(pg);

    const rows = [];
    log('one statement (SELECT 1)…');
    const [oneA, oneB] = await timePairAsync(READS, sqlite.roundTrip, pg.roundTrip);
    rows.push({
      name: '0 · one statement, `SELECT 1` (the cost of a round trip)',
      sqlite: oneA,
      pg: oneB,
      goal: null,
      statements: { sqlite: 1, pg: 1 },
    });
    for (const [label, read] of Object.entries(sqlite.reads)) {
      const { unit } = read;
      log(`figure 1: progress of a ${label}…`);
      const [a, b] = await timePairAsync(READS, read.run, pg.reads[label].run);
      rows.push({
        name: `1 · progress of a ${label} (${unit.code}, ${unit.hamletCount.toLocaleString('en-US')} hamlet${unit.hamletCount === 1 ? '' : 's'})`,
        sqlite: a,
        pg: b,
        goal: GOALS.progress,
        statements: {
          sqlite: await statements(sqlite.services, () => read.run(1)),
          pg: await statements(pg.services, () => pg.reads[label].run(1)),
        },
      });
    }
    log("figure 3: writing a commune's day…");
    const [a, b] = await timePairAsync(WRITES, sqlite.write.run, pg.write.run);
    rows.push({
      name: `3 · write one commune's day (${sqlite.write.commune.code}: ${sqlite.write.hamlets} hamlets, roll-ups above, audit)`,
      sqlite: a,
      pg: b,
      goal: GOALS.write,
      statements: {
        sqlite: await statements(sqlite.services, () => sqlite.write.run(WRITES + 1)),
        pg: await statements(pg.services, () => pg.write.run(WRITES + 1)),
      },
    });

    log('figure 3: where the time goes…');
    const PROFILED = Math.min(WRITES, 100);
    const spent = {
      sqlite: await profile(sqlite.services, (n) => sqlite.write.run(WRITES + 10 + n), PROFILED),
      pg: await profile(pg.services, (n) => pg.write.run(WRITES + 10 + n), PROFILED),
    };

    const header = [
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`tests/bench/postgres-side.mjs\`${demo ? ' --demo' : ''} on ${machineLine(m)}.`,
      `Data: the ${kind === 'national' ? 'national seed' : 'Bến Tre demo'}, ${describeScale(scale)}; the same rows on both engines.`,
      `PostgreSQL ${facts.version} on the same machine over 127.0.0.1 (${Object.entries(facts.settings)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}), database ${(facts.size / 1024 / 1024).toFixed(0)} MB` +
        `${kind === 'national' ? `, seeded by \`seed-national --database-url\`${seedSeconds === null ? ' (a copy of the database it seeded in an earlier run)' : ` in ${seedSeconds.toFixed(0)} s`}` : ''}; SQLite in WAL mode, synchronous FULL.`,
      `${READS} reads a unit (a different as-of date each), ${WRITES} writes; the engines timed in turns, one call at a time, through the same services in one Node process. Times in ms.`,
    ];
    const markdown = `${header.join('\n')}\n\n${table(rows)}\n\n${breakdown(spent, sqlite.write)}\n`;
    process.stdout.write(`\n${markdown}\n`);
    if (kind === 'national' || args.includes('--write')) {
      fs.writeFileSync(RESULTS, `# chitieu benchmark — SQLite beside PostgreSQL\n\n${markdown}`);
      log(`wrote ${path.relative(ROOT, RESULTS)}`);
    }
  } finally {
    for (const s of sides) await s.close();
    await withClient(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
