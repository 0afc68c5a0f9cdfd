// Open consoles one server holds: N idle subscriptions (subscription changes over graphql-ws)
// beside the same N consoles polling dataVersion every 3 s, on the Bến Tre demo; and the time from
// a commune's saved day to every subscribed province console being told. Never part of npm test.
//
//   node tests/bench/live-sockets.mjs [--sockets 10000] [--seconds 10]
//
// Prints a table and writes tests/bench/RESULTS-live.md. Each socket is a province admin's console
// (the widest scope: every one is told of every change), all on one session. The sockets count is
// bounded by the open-files limit of this machine (`ulimit -n`): the server holds one descriptor per
// socket, and so does this process.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { cpuMsOf, memoryOf } from './bench-server.mjs';
import { graphql, login, prepareDemoDatabase, ROOT, startChitieu } from './chitieu-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const openFiles = Number(execSync('sh -c "ulimit -n"').toString().trim());
const SOCKETS = option('sockets', Math.min(10_000, openFiles - 1_000));
const SECONDS = option('seconds', 10);
const POLL_EVERY_S = 3;
const log = (message) => process.stdout.write(`[live] ${message}\n`);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** N graphql-ws clients subscribed to changes; resolves once every one is acknowledged. */
async function openSockets(url, cookie, n, onNotice) {
  class CookieSocket extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const clients = [];
  const wsUrl = `${url.replace(/^http/, 'ws')}/graphql`;
  for (let i = 0; i < n; i += 200) {
    const batch = [];
    for (let j = i; j < Math.min(n, i + 200); j++) {
      const client = createClient({ url: wsUrl, webSocketImpl: CookieSocket, lazy: false, retryAttempts: 0 });
      clients.push(client);
      batch.push(
        new Promise((resolve, reject) => {
          client.on('connected', resolve);
          client.on('closed', (event) => reject(new Error(`socket ${j} closed: ${event?.code}`)));
          client.subscribe(
            { query: 'subscription { changes { kind units } }' },
            { next: () => onNotice(j), error: reject, complete: () => {} },
          );
        }),
      );
    }
    await Promise.all(batch);
  }
  return clients;
}

/** The server's CPU use (% of one core) and memory over `seconds` of whatever load runs meanwhile. */
async function serverOver(pid, seconds) {
  const before = cpuMsOf(pid);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  return { cpuPercent: ((cpuMsOf(pid) - before) / (seconds * 1000)) * 100, ...memoryOf(pid) };
}

async function main() {
  log(`open-files limit ${openFiles}; ${SOCKETS} consoles`);
  const prepared = prepareDemoDatabase();
  const server = await startChitieu({ dbFile: prepared.file });
  try {
    const admin = await login(server.url, 'admin');
    const official = await login(server.url, 'official');
    const idle = await serverOver(server.pid, 2);
    log(`server alone: ${idle.rssMb.toFixed(0)} MB, ${idle.cpuPercent.toFixed(1)}% CPU`);

    // Polling: the same number of consoles, each asking dataVersion every 3 s (autocannon at that rate).
    const body = JSON.stringify({ query: '{ dataVersion }' });
    const rate = SOCKETS / POLL_EVERY_S;
    const polled = { ...(await pollingLoad(server, admin, body, rate)), ...memoryOf(server.pid) };
    log(
      `polling: ${polled.achieved.toFixed(0)} of ${rate.toFixed(0)} req/s, ${polled.cpuPercent.toFixed(1)}% CPU, p99 ${polled.p99} ms`,
    );

    // Subscriptions: N sockets, idle.
    const told = new Map();
    let savedAt = 0;
    const started = Date.now();
    const clients = await openSockets(server.url, admin, SOCKETS, (i) => {
      if (savedAt && !told.has(i)) told.set(i, performance.now() - savedAt);
    });
    const openMs = Date.now() - started;
    const subscribed = await serverOver(server.pid, SECONDS);
    log(
      `${SOCKETS} sockets open in ${openMs} ms; idle: ${subscribed.rssMb.toFixed(0)} MB, ${subscribed.cpuPercent.toFixed(1)}% CPU`,
    );

    // A commune's day saved: every province console is told.
    const { data } = await graphql(
      server.url,
      official,
      '{ unit(code: "29119") { children { code progress(campaign: "DDDT-2023") { collected activated } } } }',
    );
    const hamlet = data.unit.children[0];
    savedAt = performance.now();
    await graphql(
      server.url,
      official,
      'mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }',
      {
        input: {
          campaign: 'DDDT-2023',
          reports: [
            { unit: hamlet.code, collected: hamlet.progress.collected + 1, activated: hamlet.progress.activated },
          ],
        },
      },
    );
    const deadline = Date.now() + 30_000;
    while (told.size < SOCKETS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    const latencies = [...told.values()].sort((a, b) => a - b);
    const delivery = {
      told: told.size,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: latencies.at(-1),
    };
    log(
      `told ${delivery.told}/${SOCKETS}: p50 ${delivery.p50?.toFixed(0)} ms, p95 ${delivery.p95?.toFixed(0)} ms, max ${delivery.max?.toFixed(0)} ms`,
    );
    await Promise.all(clients.map((c) => c.dispose()));

    const rows = [
      ['server alone', `${idle.rssMb.toFixed(0)} MB`, `${idle.cpuPercent.toFixed(1)}%`, ''],
      [
        `${SOCKETS} consoles polling every ${POLL_EVERY_S} s`,
        `${polled.rssMb.toFixed(0)} MB`,
        `${polled.cpuPercent.toFixed(1)}%`,
        `${polled.achieved.toFixed(0)} of ${rate.toFixed(0)} req/s asked, p99 ${polled.p99} ms`,
      ],
      [
        `${SOCKETS} consoles subscribed, idle`,
        `${subscribed.rssMb.toFixed(0)} MB`,
        `${subscribed.cpuPercent.toFixed(1)}%`,
        `opened in ${(openMs / 1000).toFixed(1)} s`,
      ],
      [
        `a saved day told to all ${SOCKETS}`,
        '',
        '',
        `${delivery.told} told; p50 ${delivery.p50?.toFixed(0)} ms, p95 ${delivery.p95?.toFixed(0)} ms (goal < 500 ms), max ${delivery.max?.toFixed(0)} ms`,
      ],
    ];
    const table = [
      '| | server memory (RSS) | server CPU (% of a core) | |',
      '|---|---|---|---|',
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
    process.stdout.write(`\n${table}\n`);
    const report = `# Open consoles: subscriptions beside polling\n\n${new Date().toISOString().slice(0, 10)}, ${process.platform}, open-files limit ${openFiles}, Bến Tre demo, \`node tests/bench/live-sockets.mjs --sockets ${SOCKETS} --seconds ${SECONDS}\`\n\n${table}\n`;
    fs.writeFileSync(path.join(ROOT, 'tests/bench/RESULTS-live.md'), report);
  } finally {
    await server.stop();
    fs.rmSync(prepared.dir, { recursive: true, force: true });
  }
}

/** `rate` dataVersion requests a second for SECONDS, as that many polling consoles would send. */
async function pollingLoad(server, cookie, body, rate) {
  const before = cpuMsOf(server.pid);
  const result = await new Promise((resolve, reject) =>
    autocannon(
      {
        url: `${server.url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
        body,
        connections: 100,
        overallRate: rate,
        duration: SECONDS,
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    ),
  );
  const cpuPercent = ((cpuMsOf(server.pid) - before) / (SECONDS * 1000)) * 100;
  return { achieved: result.requests.average, p99: result.latency.p99, cpuPercent };
}

await main();
