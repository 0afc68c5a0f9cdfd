// The worst query the limits accept (issue 6): runs candidate queries, each as an analyst at the
// province through the real Apollo pipeline (parse, limits, validation, plugins, execution), on a
// fresh copy of the seeded demo, and prints how long each holds the process, slowest last.
// Not a test: `node tests/bench/worst-query.mjs` after a build (RUNS=… to change the sample).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CANDIDATES } from './worst-query-candidates.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(ROOT, 'server', 'package.json'));
require('reflect-metadata');
const dist = (p) => require(path.join(ROOT, 'server', 'dist', p));
const { parse } = require('graphql');
const { openDatabase } = dist('db/data-source.js');
const { createServices } = dist('app/services.js');
const { createApollo } = dist('app/apollo.js');
const { buildAppSchema } = dist('app/schema.js');
const { Loaders } = dist('app/loaders.js');
const { loadConfig } = dist('config.js');
const { costOf: serverCost } = dist('app/limits/limit-rules.js');
const { unitCounts } = dist('app/limits/unit-counts.js');
const { QUERY_LIMITS } = dist('app/limits/limits.js');

const RUNS = Number(process.env.RUNS ?? 15);

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { min: s[0], p50: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
}

export async function measureCandidates() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-worst-'));
  const file = path.join(dir, 'demo.sqlite');
  execFileSync(process.execPath, [path.join(ROOT, 'server/dist/cli/prepare-database.js')], {
    env: { ...process.env, DATABASE_URL: `sqlite:${file}`, NODE_ENV: 'test', CHITIEU_DEMO: '1', CHITIEU_TODAY: '' },
    stdio: 'ignore',
  });
  const config = { ...loadConfig({ ...process.env, DATABASE_URL: `sqlite:${file}`, CHITIEU_TODAY: '' }), demo: false };
  const dataSource = await openDatabase(config.database);
  const services = createServices(dataSource, config);
  const schema = await buildAppSchema();
  const apollo = createApollo(schema, { introspection: true });
  await apollo.start();
  const { viewer } = await services.access.login('analyst', 'demo', { requestId: null });
  const run = async (query, variables) => {
    const contextValue = { services, viewer, requestId: 'bench', loaders: new Loaders(services), req: {}, res: { cookie() {}, clearCookie() {} } };
    const cpu = process.cpuUsage();
    const t = process.hrtime.bigint();
    const response = await apollo.executeOperation({ query, variables }, { contextValue });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const used = process.cpuUsage(cpu);
    return { ms, cpuMs: (used.user + used.system) / 1000, response };
  };

  const costOf = (query, variables) => {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
    return serverCost(schema, document, operation, variables ?? {}, unitCounts(services, viewer)).cost;
  };
  const rows = [];
  for (const listed of CANDIDATES) {
    let candidate = listed;
    if (listed.build) {
      // As many copies as the cost and alias limits let through (one more, to show it is refused).
      let n = 1;
      while (n < QUERY_LIMITS.aliases && costOf(listed.build(n + 1)) <= QUERY_LIMITS.cost) n += 1;
      candidate = { name: listed.name.replace('N', String(n)), query: listed.build(n) };
    }
    const cost = costOf(candidate.query, candidate.variables);
    const first = await run(candidate.query, candidate.variables);
    const body = first.response.body.singleResult;
    const status = first.response.http.status ?? 200;
    const accepted = status === 200 && !(body.errors ?? []).some((e) => e.extensions?.limit);
    const samples = [];
    const cpu = [];
    for (let i = 0; i < (accepted ? RUNS : 1); i++) {
      const r = await run(candidate.query, candidate.variables);
      samples.push(r.ms);
      cpu.push(r.cpuMs);
    }
    rows.push({ name: candidate.name, cost, accepted, status, errors: (body.errors ?? []).map((e) => e.extensions?.code).join(',') || '-', ...stats(samples), cpu: stats(cpu).p50 });
  }
  await apollo.stop();
  await dataSource.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await measureCandidates();
  const accepted = rows.filter((r) => r.accepted).sort((a, b) => a.cpu - b.cpu);
  const refused = rows.filter((r) => !r.accepted);
  const f = (n) => n.toFixed(1).padStart(7);
  const load = os.loadavg()[0].toFixed(1);
  process.stdout.write(`worst accepted query on the demo seed: ${os.cpus().length} cores (load ${load}), Node ${process.version}, ${RUNS} runs each, limits ${JSON.stringify(QUERY_LIMITS)}\n`);
  process.stdout.write('cpu: CPU time of the server process (p50), less sensitive to other load than wall-clock time\n\n');
  process.stdout.write(`${'query'.padEnd(58)} ${'cost'.padStart(7)} ${'cpu'.padStart(7)} ${'min'.padStart(7)} ${'p50'.padStart(7)} ${'max'.padStart(7)}  ms\n`);
  for (const r of accepted) process.stdout.write(`${r.name.padEnd(58)} ${String(r.cost).padStart(7)} ${f(r.cpu)} ${f(r.min)} ${f(r.p50)} ${f(r.max)}${r.errors !== '-' ? `  (errors: ${r.errors})` : ''}\n`);
  if (refused.length) process.stdout.write(`\nrefused by the limits (as they should be):\n${refused.map((r) => `  ${r.name}: cost ${r.cost}, HTTP ${r.status} ${r.errors}`).join('\n')}\n`);
  const worst = accepted.at(-1);
  process.stdout.write(`\nworst accepted: "${worst.name}": CPU ${worst.cpu.toFixed(1)} ms; wall min ${worst.min.toFixed(1)}, p50 ${worst.p50.toFixed(1)}, max ${worst.max.toFixed(1)} ms\n`);
}
