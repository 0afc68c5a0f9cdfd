// Figure 2 of the benchmark: HTTP throughput of "a district with its communes and their progress"
// (the unit editor's table, the console's own operation text) against a bare Apollo Server 5 on
// the same machine that returns the same bytes from memory (bare-apollo.mjs). autocannon on
// loopback, same settings for both: a warm-up, then a fixed number of connections and seconds.
// Run alone: node tests/bench/http-throughput.mjs [--database <file> --user <name> --password <password>] [--district <code>]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { graphql, login, prepareDemoDatabase, ROOT, startChitieu } from './chitieu-server.mjs';

const serverRequire = createRequire(path.join(ROOT, 'server', 'package.json'));
const { Kind, parse, print, visit } = serverRequire('graphql');

export const LOAD = { connections: 10, seconds: 10, warmUpSeconds: 2, rounds: 2 };
const OPERATION_FILE = path.join(ROOT, 'client/src/features/units/operations/unit-children-progress.ts');
const SCHEMA_FILE = path.join(ROOT, 'shared/schema.graphql');

const OPERATIONS_DIR = path.join(ROOT, 'client/src');
const GRAPHQL_CALL = /graphql\(\s*`([\s\S]*?)`\s*,?\s*\)/g;

/** Every fragment the console's operation files define, by name. */
function consoleFragments() {
  const fragments = new Map();
  for (const file of fs.readdirSync(OPERATIONS_DIR, { recursive: true })) {
    if (!/operations\/[^/]+\.ts$/.test(file) || file.startsWith('gql')) continue;
    for (const [, text] of fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8').matchAll(GRAPHQL_CALL)) {
      for (const d of parse(text).definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    }
  }
  return fragments;
}

/** The fragments a definition spreads, and theirs, each once, in order of first use. */
function fragmentsUsed(definition, fragments, out = new Map()) {
  visit(definition, {
    FragmentSpread(node) {
      const name = node.name.value;
      if (out.has(name)) return;
      const fragment = fragments.get(name);
      if (!fragment) throw new Error(`fragment ${name} is defined in no operation file`);
      out.set(name, fragment);
      fragmentsUsed(fragment, fragments, out);
    },
  });
  return out;
}

/**
 * The operation exactly as the console sends it: the text of its operation file with the
 * fragments it spreads (as codegen's document carries them), and the __typename Apollo Client
 * adds to every selection set below the root.
 */
export function consoleOperation(file = OPERATION_FILE) {
  const text = [...fs.readFileSync(file, 'utf8').matchAll(GRAPHQL_CALL)][0]?.[1];
  if (!text) throw new Error(`no graphql(\`…\`) in ${file}`);
  const own = parse(text);
  const operation = own.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const withFragments = { ...own, definitions: [operation, ...fragmentsUsed(operation, consoleFragments()).values()] };
  const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
  const document = visit(withFragments, {
    SelectionSet(node, _key, parent) {
      if (parent?.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return { ...node, selections: [...node.selections, typename] };
    },
  });
  return { query: print(document), operationName: operation.name.value };
}

/**
 * The process listening on a loopback TCP port (Linux: /proc/net/tcp, then the socket among each
 * process's open files), to read its CPU time; null where that cannot be read.
 */
export function pidListeningOn(port) {
  try {
    const hex = Number(port).toString(16).toUpperCase().padStart(4, '0');
    const inodes = new Set();
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
      for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
        const cols = line.trim().split(/\s+/);
        if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A') inodes.add(cols[9]);
      }
    }
    for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      let fds = [];
      try {
        fds = fs.readdirSync(`/proc/${pid}/fd`);
      } catch {
        continue;
      }
      for (const fd of fds) {
        try {
          const inode = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
          if (inode && inodes.has(inode)) return Number(pid);
        } catch {
          // the file was closed meanwhile
        }
      }
    }
  } catch {
    // not Linux
  }
  return null;
}

/** CPU time (user + system) a process has used, in ms; null when unknown. */
function cpuMs(pid) {
  if (!pid) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in ticks of 1/100 s
  } catch {
    return null;
  }
}

/** One autocannon run; throws when any answer is not a 200 (a benchmark of errors is no figure). */
function cannon(url, { body, headers, connections, seconds, setupRequest }) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        headers,
        body,
        connections,
        duration: seconds,
        pipelining: 1,
        ...(setupRequest ? { requests: [{ setupRequest }] } : {}),
      },
      (error, result) => {
        if (error) reject(error);
        else if (result.non2xx > 0 || result.errors > 0)
          reject(new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`));
        else
          resolve({
            rps: result.requests.average,
            p99: result.latency.p99,
            p50: result.latency.p50,
            requests: result.requests.total,
          });
      },
    );
  });
}

/** A warm-up, then the measured run; with the server's CPU time per answer when its process is known. */
async function loadTest(url, pid, request, load) {
  await cannon(url, { ...request, connections: load.connections, seconds: load.warmUpSeconds });
  const before = cpuMs(pid);
  const result = await cannon(url, { ...request, connections: load.connections, seconds: load.seconds });
  const after = cpuMs(pid);
  return { ...result, cpuPerRequest: before === null || after === null ? null : (after - before) / result.requests };
}

/** The ISO date `n` days after `iso`. */
function dayAfter(iso, n) {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Extra node flags for a server of the figure, e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof" to profile it. */
const nodeArgsOf = (text) => text?.split(' ').filter(Boolean) ?? [];

/** Starts bare-apollo.mjs over chitieu's schema and the captured answer; resolves with its url. */
async function startBareApollo(answerText) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-bare-'));
  const answerFile = path.join(dir, 'answer.json');
  fs.writeFileSync(answerFile, answerText);
  const child = spawn(
    process.execPath,
    [
      ...nodeArgsOf(process.env.BENCH_BARE_NODE_ARGS),
      path.join(ROOT, 'tests/bench/bare-apollo.mjs'),
      SCHEMA_FILE,
      answerFile,
    ],
    {
      // As chitieu runs in production: graphql-js checks more when NODE_ENV is not production.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('bare Apollo did not start in 30 s')), 30_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`bare Apollo exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Measures chitieu (already running at `url`, `cookie` an admin's session) and the bare floor
 * with the same load, alternating `rounds` times and keeping each one's best round.
 */
export async function measure({ url, cookie, pid: serverPid = null, districtCode = '836', load = LOAD }) {
  const { query, operationName } = consoleOperation();
  const { data: current } = await graphql(url, cookie, 'query { today campaign { code } }');
  const variables = { code: districtCode, campaign: current.campaign.code, asOf: current.today };
  const body = JSON.stringify({ operationName, variables, query });
  const headers = { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie };
  const { data, text } = await graphql(url, cookie, query, variables);
  const communes = data.unit.children.length;
  const bare = await startBareApollo(text);
  try {
    const bareText = await (await fetch(`${bare.url}/graphql`, { method: 'POST', headers, body })).text();
    if (bareText !== text)
      throw new Error("the bare Apollo answer differs from chitieu's: the floor would not be the same work");
    const pid = serverPid ?? pidListeningOn(new URL(url).port);
    let ours = null;
    let floor = null;
    for (let round = 0; round < load.rounds; round++) {
      const a = await loadTest(url, pid, { body, headers }, load);
      const b = await loadTest(bare.url, bare.pid, { body, headers }, load);
      if (!ours || a.rps > ours.rps) ours = a;
      if (!floor || b.rps > floor.rps) floor = b;
    }
    // The same read with a new as-of date each time (days after today show today's figures
    // against that day's calendar): no answer is ever repeated, every one is computed.
    let day = 0;
    const computed = (request) => ({
      ...request,
      body: JSON.stringify({ operationName, variables: { ...variables, asOf: dayAfter(current.today, ++day) }, query }),
    });
    let fresh = null;
    for (let round = 0; round < load.rounds; round++) {
      const a = await loadTest(url, pid, { body, headers, setupRequest: computed }, load);
      if (!fresh || a.rps > fresh.rps) fresh = a;
    }
    const label = `district ${districtCode} + ${communes} communes' progress over HTTP`;
    // Server CPU per answer does not depend on what else the machine runs: it explains the ratio.
    const cpu = { cpu: ours.cpuPerRequest ?? undefined, floorCpu: floor.cpuPerRequest };
    const settings = `${load.connections} conn × ${load.seconds} s after ${load.warmUpSeconds} s, best of ${load.rounds}, ${text.length} B`;
    return [
      {
        name: `${label} (req/s)`,
        value: ours.rps,
        unit: 'req/s',
        floor: floor.rps,
        ratio: ours.rps / floor.rps,
        goal: '≥ 0.8× bare Apollo',
        met: ours.rps / floor.rps >= 0.8,
        settings,
        ...cpu,
      },
      {
        name: `${label} (p99)`,
        value: ours.p99,
        unit: 'ms',
        floor: floor.p99,
        ratio: ours.p99 / floor.p99,
        goal: 'beside bare Apollo',
        met: true,
        p50: ours.p50,
        floorP50: floor.p50,
      },
      {
        name: `${label}, every answer computed (req/s)`,
        value: fresh.rps,
        unit: 'req/s',
        floor: floor.rps,
        ratio: fresh.rps / floor.rps,
        goal: '≥ 0.8× bare Apollo',
        met: fresh.rps / floor.rps >= 0.8,
        p99: fresh.p99,
        floorP99: floor.p99,
        cpu: fresh.cpuPerRequest ?? undefined,
        floorCpu: floor.cpuPerRequest,
      },
    ];
  } finally {
    await bare.stop();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const given = option('--database');
  const prepared = given ? null : prepareDemoDatabase();
  let dbFile = given;
  if (given) {
    // A copy: the figure never writes to the database it was given.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-bench-'));
    dbFile = path.join(dir, 'chitieu.sqlite');
    fs.copyFileSync(given, dbFile);
  }
  const server = await startChitieu({
    dbFile: dbFile ?? prepared.file,
    demo: !given,
    nodeArgs: nodeArgsOf(process.env.BENCH_SERVER_NODE_ARGS),
  });
  try {
    const cookie = await login(server.url, option('--user') ?? 'admin', option('--password') ?? 'demo');
    const entries = await measure({ url: server.url, cookie, districtCode: option('--district') ?? '836' });
    for (const e of entries) {
      const cpu = e.cpu ? `; server CPU ${e.cpu.toFixed(2)} ms/answer, bare ${e.floorCpu?.toFixed(2)}` : '';
      console.log(
        `${e.name}: ${e.value.toFixed(1)} ${e.unit} (bare ${e.floor.toFixed(1)}, ${e.ratio.toFixed(2)}×) ${e.goal} ${e.met ? '✓' : '✗'}${cpu}`,
      );
    }
  } finally {
    await server.stop();
    fs.rmSync(path.dirname(dbFile ?? prepared.file), { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
