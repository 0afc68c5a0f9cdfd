// What every figure of the benchmark shares: where the repository is, how to load the built
// server's modules, timing with percentiles, and the shape of one result entry.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** require() as the server package sees it (better-sqlite3, graphql, its own dist files). */
export const serverRequire = createRequire(path.join(ROOT, 'server', 'package.json'));

/** A module of the built server, e.g. dist('db/data-source.js'). */
export function dist(file) {
  return serverRequire(path.join(ROOT, 'server', 'dist', file));
}

/**
 * The server's services in this process over a database (a SQLite file or a postgres:// URL), as
 * the resolvers call them; `db` is the raw better-sqlite3 handle for floors (SQLite only).
 */
export async function openServices(databaseUrl) {
  serverRequire('reflect-metadata');
  const { openDatabase, rawDatabase } = dist('db/data-source.js');
  const { createServices } = dist('app/services.js');
  const { loadConfig } = dist('config.js');
  const config = { ...loadConfig({ ...process.env, DATABASE_URL: databaseUrl, CHITIEU_TODAY: '' }), demo: false };
  const dataSource = await openDatabase(config.database);
  const services = createServices(dataSource, config);
  return {
    services,
    db: databaseUrl.startsWith('sqlite:') ? rawDatabase(dataSource) : null,
    async close() {
      await services.sql.close();
      await dataSource.destroy();
    },
  };
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1), n: sorted.length };
}

/** Runs fn(i) n times after a short warm-up; p50/p95/max in ms. */
export function time(n, fn) {
  for (let i = 0; i < Math.min(100, n); i++) fn(-1 - i);
  const samples = [];
  for (let i = 0; i < n; i++) {
    const started = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return summary(samples);
}

/**
 * Times two functions in turns (a, b, a, b, …) so that whatever else the machine is doing falls
 * on both alike: a figure and its floor measured side by side. p50/p95/max of each, in ms.
 */
export function timePair(n, a, b) {
  for (let i = 0; i < Math.min(100, n); i++) {
    a(-1 - i);
    b(-1 - i);
  }
  const samples = [[], []];
  for (let i = 0; i < n; i++) {
    [a, b].forEach((fn, k) => {
      const started = process.hrtime.bigint();
      fn(i);
      samples[k].push(Number(process.hrtime.bigint() - started) / 1e6);
    });
  }
  return samples.map(summary);
}

/** timePair for functions that may be async: each call awaited before the next, the two interleaved. */
export async function timePairAsync(n, a, b) {
  for (let i = 0; i < Math.min(100, n); i++) {
    await a(-1 - i);
    await b(-1 - i);
  }
  const samples = [[], []];
  for (let i = 0; i < n; i++) {
    for (const [k, fn] of [a, b].entries()) {
      const started = process.hrtime.bigint();
      await fn(i);
      samples[k].push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return samples.map(summary);
}

/** The same for an async fn, one call at a time, `warm` calls first. */
export async function timeAsync(n, fn, warm = 3) {
  for (let i = 0; i < warm; i++) await fn(-1 - i);
  const samples = [];
  for (let i = 0; i < n; i++) {
    const started = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return summary(samples);
}

/**
 * One row of results.json: { figure, name, value, unit, floor, ratio, goal, met } and anything
 * else worth keeping (p50, floorP50, note). The ratio is value ÷ floor when there is a floor.
 */
export function entry({ figure, name, value, unit, floor = null, goal = null, met = null, ...rest }) {
  const ratio = floor && value !== null && value !== undefined ? value / floor : null;
  return { figure, name, value, unit, floor, ratio, goal, met, ...rest };
}

/** An entry for a figure that was not measured in this run, with the reason. */
export function notMeasured(figure, name, why) {
  return entry({ figure, name, value: null, unit: '', goal: null, met: null, note: `not measured: ${why}` });
}

/** A date `days` after an ISO date. */
export function addDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The same query under root aliases of its own (`a0` → `a0_r7`), so that each run is a new
 * operation: the server may answer a repeated read from memory, and a figure about what a
 * query costs must see it run.
 */
export function uncached(query, run) {
  const { Kind, parse, print, visit } = serverRequire('graphql');
  let depth = 0;
  return print(
    visit(parse(query), {
      OperationDefinition: {
        enter() {
          depth = 0;
        },
      },
      SelectionSet: {
        enter() {
          depth += 1;
        },
        leave() {
          depth -= 1;
        },
      },
      Field(node) {
        if (depth !== 1) return undefined;
        const name = `${node.alias?.value ?? node.name.value}_r${run < 0 ? `w${-run}` : run}`.replace(/^__/, 'x__');
        return { ...node, alias: { kind: Kind.NAME, value: name } };
      },
    }),
  );
}

/**
 * For a writer that saves the same hamlets' day again and again: recordTallies wants each save to
 * name the report of the day it replaces (replace-with-expected). `onDate` is each hamlet's report
 * of the day on record at the start (null: none yet); the function given back adds `expected` to
 * a list of reports in the same order and remembers them as what the next save replaces.
 */
export function replacingDay(onDate) {
  const onRecord = [...onDate];
  return (reports) =>
    reports.map((report, i) => {
      const expected = onRecord[i] ?? null;
      onRecord[i] = { collected: report.collected, activated: report.activated };
      return expected ? { ...report, expected } : report;
    });
}
