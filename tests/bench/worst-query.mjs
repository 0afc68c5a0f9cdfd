// Figure 6: the worst query the limits accept (issue 6), as an analyst at the top of the tree, over
// HTTP on the running server. Each candidate that scales is repeated under aliases as many times
// as the limits let through (found by asking: a refusal is HTTP 400 with extensions.limit), then
// every accepted one is timed; the figure is the costliest one's server CPU time per run (read from
// /proc, so other load on the machine does not inflate it), with its wall time beside. No floor: nothing cheaper
// answers the same question, and the goal is the limits' own budget.
import { Client, cpuMsOf } from './bench-server.mjs';
import { entry, timeAsync, uncached } from './bench-lib.mjs';
import { candidates } from './worst-query-candidates.mjs';

const GOAL_MS = 100;
const MAX_ALIASES = 30;

async function ask(client, query, variables) {
  const res = await client.request(query, variables);
  const refused = res.status === 400 && (res.errors ?? []).some((e) => e.extensions?.limit);
  return {
    accepted: res.status === 200 && !refused,
    status: res.status,
    codes: (res.errors ?? []).map((e) => e.extensions?.code).join(','),
  };
}

/** The largest n in [1, MAX_ALIASES] whose query the limits accept, or 0. */
async function largestAccepted(client, build) {
  if (!(await ask(client, build(1))).accepted) return 0;
  let lo = 1;
  let hi = MAX_ALIASES + 1;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await ask(client, build(mid))).accepted) lo = mid;
    else hi = mid;
  }
  return lo;
}

export async function measureCandidates({ url, pid, analystCookie, scale, quick }) {
  const runs = quick ? 3 : 10;
  const client = new Client(url, analystCookie);
  const rows = [];
  for (const listed of candidates(scale)) {
    let candidate = listed;
    if (listed.build) {
      const n = await largestAccepted(client, listed.build);
      if (n === 0) {
        rows.push({ name: listed.name.replace('N', '1'), accepted: false, note: 'refused even once' });
        continue;
      }
      candidate = { name: listed.name.replace('N', String(n)), query: listed.build(n) };
    }
    const first = await ask(client, candidate.query, candidate.variables);
    if (!first.accepted) {
      rows.push({ name: candidate.name, accepted: false, note: `HTTP ${first.status} ${first.codes}` });
      continue;
    }
    const cpuBefore = cpuMsOf(pid);
    const t = await timeAsync(runs, (i) => client.request(uncached(candidate.query, i), candidate.variables), 0);
    const cpu = (cpuMsOf(pid) - cpuBefore) / runs;
    rows.push({ name: candidate.name, accepted: true, cpu, p50: t.p50, max: t.max, errors: first.codes });
  }
  return rows;
}

export async function measure(ctx) {
  const rows = await measureCandidates(ctx);
  const accepted = rows.filter((r) => r.accepted).sort((a, b) => b.cpu - a.cpu);
  const worst = accepted[0];
  return [
    entry({
      figure: 6,
      name: `worst accepted analyst query: ${worst.name} (server CPU)`,
      value: worst.cpu,
      unit: 'ms',
      goal: `≤ ${GOAL_MS} ms`,
      met: worst.cpu <= GOAL_MS,
      p50: worst.p50,
      cpu: worst.cpu,
      note:
        `value: the server's CPU time per query (what it holds the process), p50: wall time over HTTP; ${accepted.length} accepted, ` +
        `${rows.length - accepted.length} refused by the limits`,
      detail: accepted
        .slice(0, 6)
        .map((r) => ({ name: r.name, cpu: r.cpu, p50: r.p50, max: r.max, errors: r.errors || undefined })),
      refused: rows.filter((r) => !r.accepted).map((r) => `${r.name}: ${r.note}`),
    }),
  ];
}
