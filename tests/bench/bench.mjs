// chitieu benchmark: each figure beside a floor measured in the same run (these machines are
// noisy, so ratios matter more than milliseconds). Not part of npm test: run `npm run bench`.
// It works on a fresh copy of the seeded demo database and prints a table; results are also
// written to tests/bench/results.json.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(ROOT, 'server', 'package.json'));
require('reflect-metadata');
const { openDatabase, rawDatabase } = require(path.join(ROOT, 'server/dist/db/data-source.js'));
const { createServices } = require(path.join(ROOT, 'server/dist/app/services.js'));
const { loadConfig } = require(path.join(ROOT, 'server/dist/config.js'));
const { addDays } = require(path.join(ROOT, 'shared/dist/index.js'));

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 3000);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs fn `n` times (after a warm-up) and returns p50/p95 in ms. */
function time(n, fn) {
  for (let i = 0; i < Math.min(200, n); i++) fn(i);
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

function randomDate(i) {
  return addDays('2023-09-01', (i * 7919) % 90); // spread over the campaign, past today too
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  execFileSync(process.execPath, [path.join(ROOT, 'server/dist/cli/prepare-database.js')], {
    env: { ...process.env, DATABASE_URL: `sqlite:${file}`, NODE_ENV: 'test', CHITIEU_DEMO: '1' },
    stdio: 'ignore',
  });
  const config = { ...loadConfig({ ...process.env, DATABASE_URL: `sqlite:${file}` }), demo: false };
  const dataSource = await openDatabase(config.database);
  const services = createServices(dataSource, config);
  const db = rawDatabase(dataSource);
  const campaign = services.campaigns.byCode('DDDT-2023');
  const results = [];

  // 1. Progress of one unit at a random date: the service call the resolver makes, against the
  //    cheapest SQL that gives the same answer (three index seeks: now, a week ago, target).
  const floorNow = db.prepare(`SELECT collected, activated FROM tally_rollup WHERE campaign_id = ? AND unit_id = ? AND date <= ? ORDER BY date DESC LIMIT 1`);
  const floorHamlet = db.prepare(`SELECT collected, activated FROM tally_report WHERE campaign_id = ? AND unit_id = ? AND date <= ? ORDER BY date DESC LIMIT 1`);
  const floorTarget = db.prepare(`SELECT target FROM target WHERE campaign_id = ? AND unit_id = ?`);
  for (const [label, code] of [['province 83', '83'], ['district 836', '836'], ['commune 29119', '29119'], ['hamlet 2911901', '2911901']]) {
    const unit = services.units.byCode(code);
    const seek = unit.level === 'HAMLET' ? floorHamlet : floorNow;
    const floor = time(ITERATIONS, (i) => {
      const d = randomDate(i);
      seek.get(campaign.id, unit.id, d);
      seek.get(campaign.id, unit.id, addDays(d, -7));
      floorTarget.get(campaign.id, unit.id);
    });
    const service = time(ITERATIONS, (i) => services.progress.progressOf(campaign, [unit], randomDate(i)));
    results.push({ name: `progress of ${label} (p95)`, value: service.p95, unit: 'ms', floor: floor.p95, ratio: service.p95 / floor.p95, goal: '≤ 10 ms and ≤ 3× floor', met: service.p95 <= 10 && service.p95 / floor.p95 <= 3, p50: service.p50, floorP50: floor.p50 });
  }

  // 2. Writing one commune's day (its hamlets, roll-ups to every ancestor, audit), against the
  //    floor of inserting the same report rows alone in one transaction.
  const commune = services.units.byCode('29119');
  const hamlets = services.units.children(commune.id);
  const actor = { userId: null, username: 'bench', role: 'ADMIN', requestId: null };
  let bump = 0;
  const writes = time(300, () => {
    bump++;
    services.tallies.record({
      campaign, date: '2023-11-15', actor, scopePath: commune.path, today: '2023-11-15', earliestDate: '2023-09-01',
      reports: hamlets.map((h, i) => ({ unit: h.code, collected: 5000 + bump + i, activated: 4000 + bump })),
    });
  });
  db.exec(`CREATE TEMP TABLE floor_report AS SELECT * FROM tally_report WHERE 0`);
  const insert = db.prepare(`INSERT OR REPLACE INTO floor_report (campaign_id, unit_id, date, collected, activated, reason, user_id, recorded_at) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?)`);
  const floorWrite = time(300, (n) => db.transaction(() => hamlets.forEach((h, i) => insert.run(campaign.id, h.id, '2023-11-15', 5000 + n + i, 4000 + n, new Date().toISOString())))());
  results.push({ name: `write one commune's day (${hamlets.length} hamlets, p95)`, value: writes.p95, unit: 'ms', floor: floorWrite.p95, ratio: writes.p95 / floorWrite.p95, goal: '≤ 20 ms', met: writes.p95 <= 20, p50: writes.p50, floorP50: floorWrite.p50 });

  // 3. Seeding the whole demo (75 days × 1,173 hamlets through the tally service).
  const seedLog = execFileSync(process.execPath, [path.join(ROOT, 'server/dist/cli/prepare-database.js')], {
    env: { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, 'seed.sqlite')}`, NODE_ENV: 'test', CHITIEU_DEMO: '1' },
    encoding: 'utf8',
  });
  const seedMs = Number(/(\d+) ms/.exec(seedLog)?.[1]);
  results.push({ name: 'seed the Bến Tre demo (87,975 reports)', value: seedMs / 1000, unit: 's', floor: null, ratio: null, goal: 'seconds, not minutes', met: seedMs < 60_000 });

  await dataSource.destroy();
  fs.rmSync(dir, { recursive: true, force: true });

  const machine = { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, at: new Date().toISOString() };
  fs.writeFileSync(path.join(ROOT, 'tests/bench/results.json'), `${JSON.stringify({ machine, results }, null, 2)}\n`);
  const fmt = (x) => (x === null || x === undefined ? '—' : x < 10 ? x.toFixed(3) : x.toFixed(1));
  console.log(`\nchitieu bench — ${machine.cores} cores, ${machine.cpu}, Node ${machine.node}\n`);
  console.log(['figure'.padEnd(48), 'value'.padStart(9), 'p50'.padStart(8), 'floor'.padStart(9), 'ratio'.padStart(7), '  goal'].join(' '));
  for (const r of results) {
    console.log([r.name.padEnd(48), `${fmt(r.value)} ${r.unit}`.padStart(9), fmt(r.p50).padStart(8), fmt(r.floor).padStart(9), (r.ratio ? `${r.ratio.toFixed(2)}×` : '—').padStart(7), `  ${r.goal} ${r.met ? '✓' : '✗'}`].join(' '));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
