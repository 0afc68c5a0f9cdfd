// Beside figure 1: the reads whose cost grows with the tree rather than with the answer, timed
// over HTTP on the running server as an administrator of the whole tree: a unit history for a
// page of communes, shortfalls, search, completeness, rankings and reporting status. Each one
// query, against the budget the limits give one query (100 ms). The value is the server's CPU
// time per query (from /proc: what the query holds the process, whatever else the machine runs);
// p50 is the wall time over HTTP.
import { Client, cpuMsOf } from './bench-server.mjs';
import { addDays, entry, timeAsync, uncached } from './bench-lib.mjs';

const GOAL_MS = 100;

function reads(scale) {
  const C = JSON.stringify(scale.campaign.code);
  const top = scale.country ?? scale.province;
  const T = JSON.stringify(top.code);
  const P = JSON.stringify(scale.province.code);
  const today = scale.today;
  const from = addDays(today, -13);
  return [
    {
      name: '14-day history of 100 communes',
      query: `{ units(level: COMMUNE, first: 100) { nodes { code history(campaign: ${C}, from: "${from}", to: "${today}") { date activated } } } }`,
    },
    {
      name: `whole-campaign history of ${top.code}`,
      query: `{ unit(code: ${T}) { history(campaign: ${C}) { date collected activated } } }`,
    },
    {
      name: `shortfalls: 10 hamlets of ${top.code} most behind`,
      query: `{ unit(code: ${T}) { shortfalls(campaign: ${C}, first: 10) { needed unit { code } } } }`,
    },
    {
      name: `shortfalls: 10 hamlets of province ${scale.province.code}`,
      query: `{ unit(code: ${P}) { shortfalls(campaign: ${C}, first: 10) { needed unit { code } } } }`,
    },
    {
      name: 'search "thanh phu" in the whole tree',
      query: `{ units(search: "thanh phu", first: 20) { totalCount nodes { code name } } }`,
    },
    {
      name: 'search "ap 1" in the whole tree',
      query: `{ units(search: "ap 1", first: 20) { totalCount nodes { code name } } }`,
    },
    {
      name: `completeness of ${top.code} today`,
      query: `{ unit(code: ${T}) { completeness(campaign: ${C}) { hamletsReported hamletsTotal communesReported communesTotal } } }`,
    },
    // Rankings and reporting lists refuse more than 3,000 units: the largest that are allowed.
    {
      name: `ranking of the communes of province ${scale.province.code}, first 10`,
      query: `{ ranking(campaign: ${C}, parent: ${P}, level: COMMUNE, first: 10) { totalCount nodes { rank value unit { code } } } }`,
    },
    {
      name: `reporting status of the hamlets of district ${scale.district.code} today`,
      query: `{ reportingStatus(campaign: ${C}, parent: ${JSON.stringify(scale.district.code)}, level: HAMLET, first: 10) { totalCount } }`,
    },
  ];
}

export async function measure({ url, pid, cookie, scale, quick }) {
  const client = new Client(url, cookie);
  const out = [];
  for (const read of reads(scale)) {
    const first = await client.request(read.query);
    if (first.errors?.length) {
      out.push(
        entry({
          figure: '1+',
          name: read.name,
          value: null,
          unit: 'ms',
          goal: `≤ ${GOAL_MS} ms`,
          met: null,
          note: `refused: ${first.errors.map((e) => `${e.extensions?.code} ${e.extensions?.messageEn ?? e.message}`).join(', ')}`,
        }),
      );
      continue;
    }
    const runs = quick ? 5 : 15;
    const cpuBefore = cpuMsOf(pid);
    const t = await timeAsync(runs, (i) => client.request(uncached(read.query, i)), 0);
    const cpu = (cpuMsOf(pid) - cpuBefore) / runs;
    out.push(
      entry({
        figure: '1+',
        name: read.name,
        value: cpu,
        unit: 'ms',
        goal: `≤ ${GOAL_MS} ms`,
        met: cpu <= GOAL_MS,
        p50: t.p50,
        cpu,
        wallP95: t.p95,
      }),
    );
  }
  return out;
}
