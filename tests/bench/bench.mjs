// chitieu benchmark (issue 7): each figure beside its floor, measured in the same run, on a copy
// of the national seed (or the Bến Tre demo with --demo). Never part of npm test:
//
//   npm run bench [-- --demo] [-- --only=1,3] [-- --quick]     (BENCH_QUICK=1 is --quick)
//
// Prints the machine and a table; writes tests/bench/results.json and tests/bench/RESULTS.md.
//
// A figure module exports `async function measure(ctx)` returning an array of entries
// { name, value, unit, floor, ratio, goal, met, ...extra } (bench-lib.mjs `entry()` makes one),
// where ctx is:
//   url            the running chitieu server (http://127.0.0.1:<port>), null for in-process figures
//   cookie         a session cookie of an administrator of the whole tree ("chitieu_session=…")
//   analystCookie  the same for an analyst of the whole tree
//   dbFile         the server's own SQLite file (a copy; the figure may read it, in-process ones write it)
//   root           the repository's root folder
//   pid            the server process id
//   scale          bench-scale.mjs: campaign, today, and the heaviest country/province/district/commune/hamlet
//   districtCode   scale.district.code (figure 2's district)
//   quick          a short run: fewer samples, shorter loads
// Figures 2 (http-throughput.mjs) and 7 (console-explorer.mjs) are imported when present; a
// missing one is reported as not measured.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACCOUNTS, cachedDatabase, copyFor } from './bench-db.mjs';
import { notMeasured, ROOT } from './bench-lib.mjs';
import { machine, machineLine, printTable, writeReport } from './bench-report.mjs';
import { describeDatabase, describeScale } from './bench-scale.mjs';
import { Client, startServer } from './bench-server.mjs';
import * as commune from './commune-write.mjs';
import * as csv from './csv-import.mjs';
import * as national from './national-reads.mjs';
import * as memory from './peak-memory.mjs';
import * as progress from './progress-reads.mjs';
import * as visibility from './write-visibility.mjs';
import * as worst from './worst-query.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const demo = args.includes('--demo');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .map(Number);
const wanted = (figure) => !only || only.includes(figure);
const log = (message) => process.stdout.write(`[bench] ${message}\n`);

/** A figure module of another file, or null when it is not there. */
async function optional(file) {
  return fs.existsSync(path.join(ROOT, 'tests/bench', file)) ? import(`./${file}`) : null;
}

/** Runs one figure; a failure becomes a "not measured" row with its reason, and the run goes on. */
async function run(results, figure, name, fn) {
  const started = Date.now();
  log(`figure ${figure}: ${name}…`);
  try {
    const entries = await fn();
    for (const e of entries) results.push({ figure, ...e });
  } catch (error) {
    log(`figure ${figure} failed: ${error.stack ?? error}`);
    results.push(notMeasured(figure, name, String(error.message ?? error).split('\n')[0]));
  }
  log(`  ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function main() {
  const started = Date.now();
  const m = machine();
  log(machineLine(m));
  const kind = demo ? 'demo' : 'national';
  if (kind === 'national' && !fs.existsSync(path.join(ROOT, 'server/dist/cli/seed-national.js'))) {
    throw new Error(
      'server/dist/cli/seed-national.js is missing: build the server (npm run build), or run with --demo',
    );
  }
  const cached = cachedDatabase(kind, log);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-bench-'));
  const results = [];
  try {
    const dbFile = copyFor(cached, dir);
    const scale = describeDatabase(dbFile);
    log(`${kind} database: ${describeScale(scale)}`);
    const ctx = {
      url: null,
      cookie: null,
      analystCookie: null,
      dbFile,
      root: ROOT,
      pid: null,
      scale,
      districtCode: scale.district.code,
      quick,
    };

    // In process, before the server starts: nothing else competes for the two cores.
    if (wanted(1)) await run(results, 1, 'progress of a unit at a date', () => progress.measure(ctx));
    if (wanted(3)) await run(results, 3, "writing a commune's day", () => commune.measure(ctx));
    const file = wanted(4) ? csv.buildFile(ctx) : null;

    // As officials' servers run (NODE_ENV=production), like figure 2's bare Apollo: outside
    // production graphql-js checks every type it meets more slowly.
    const server = await startServer({ dbFile, env: { NODE_ENV: 'production' } });
    let http = null;
    try {
      ctx.url = server.url;
      ctx.pid = server.pid;
      ctx.cookie = (await new Client(server.url).login(ACCOUNTS.admin.username, ACCOUNTS.admin.password)).cookie;
      ctx.analystCookie = (
        await new Client(server.url).login(ACCOUNTS.analyst.username, ACCOUNTS.analyst.password)
      ).cookie;
      if (wanted(2)) {
        const throughput = await optional('http-throughput.mjs');
        if (!throughput)
          results.push(
            notMeasured(
              2,
              'HTTP throughput of a district with its communes',
              'tests/bench/http-throughput.mjs is not there',
            ),
          );
        else {
          const load = quick ? { connections: 10, seconds: 3, warmUpSeconds: 1, rounds: 1 } : undefined;
          await run(results, 2, 'HTTP throughput', () => throughput.measure({ ...ctx, ...(load ? { load } : {}) }));
        }
      }
      if (wanted(1)) await run(results, '1+', 'reads that grow with the tree', () => national.measure(ctx));
      if (wanted(3)) await run(results, 3, 'how soon a province query sees a write', () => visibility.measure(ctx));
      if (wanted(6)) await run(results, 6, 'the worst accepted analyst query', () => worst.measure(ctx));
      if (file)
        await run(
          results,
          4,
          `CSV import of ${file.rows} rows`,
          async () => ((http = await csv.importOverHttp(ctx, file)), []),
        );
      if (wanted(5)) await run(results, 5, 'peak memory of the server', () => memory.measure(ctx));
    } finally {
      await server.stop();
    }
    if (file && http)
      await run(results, 4, "the import's floor", () => csv.entries(file, http, csv.floorInsert(ctx, file)));
    // Figure 7 adds a synthetic 10,000-hamlet level (console-explorer.mjs) to the database, so it
    // runs last, on a server of its own, when every other figure has been measured.
    if (wanted(7)) {
      const consoleFigure = await optional('console-explorer.mjs');
      if (!consoleFigure)
        results.push(
          notMeasured(
            7,
            'the console: initial JS and the explorer with 10,000 rows',
            'tests/bench/console-explorer.mjs is not there',
          ),
        );
      else {
        await run(results, 7, 'the console', async () => {
          const level = await consoleFigure.addSyntheticLevel(dbFile, { username: ACCOUNTS.admin.username });
          const second = await startServer({ dbFile });
          try {
            const cookie = (await new Client(second.url).login(ACCOUNTS.admin.username, ACCOUNTS.admin.password))
              .cookie;
            return await consoleFigure.measure({
              ...ctx,
              url: second.url,
              pid: second.pid,
              cookie,
              level,
              username: ACCOUNTS.admin.username,
              password: ACCOUNTS.admin.password,
              ...(quick ? { runs: 1 } : {}),
            });
          } finally {
            await second.stop();
          }
        });
      }
    }

    const order = (f) => (f === '1+' ? 1.5 : Number(f));
    results.sort((a, b) => order(a.figure) - order(b.figure));
    const seconds = Math.round((Date.now() - started) / 1000);
    const report = {
      machine: m,
      date: new Date().toISOString(),
      database: `${kind}: ${describeScale(scale)}`,
      quick,
      seconds,
      results,
    };
    printTable(
      results,
      `chitieu bench, ${kind} database (${describeScale(scale)})\n${machineLine(m)}; ${seconds} s${quick ? ', quick run' : ''}`,
    );
    if ((!only && !quick && !demo) || args.includes('--write')) writeReport(report);
    else log('a partial or quick run: results.json and RESULTS.md are left as they were');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
