// The writers: commune officials saving their commune's day (every hamlet of it) through the
// console's own mutation, at a steady rate, in turn. Each commune's saves go one at a time, so the
// last acknowledged one is what the database must hold; each is read back at once over the API.
import { HAMLETS_ON, RECORD_TALLIES } from './queries.mjs';
import { failureOf, gql } from './client.mjs';

/** The officials that can write on `today`: those whose hamlets have no report after it. */
export function writableOfficials(users, today) {
  return users
    .filter((u) => u.role === 'OFFICIAL')
    .filter((u) => u.commune.hamletList.every((h) => !h.latest || h.latest.date <= today))
    .map((u) => ({
      ...u,
      counts: new Map(
        u.commune.hamletList.map((h) => [
          h.code,
          { collected: h.latest?.collected ?? 0, activated: h.latest?.activated ?? 0 },
        ]),
      ),
      // The report of `today` on record for each hamlet (null: none yet): each save names it as the
      // one it replaces (replace-with-expected), as the console's report sheet does.
      onDay: new Map(
        u.commune.hamletList.map((h) => [
          h.code,
          h.latest?.date === today ? { collected: h.latest.collected, activated: h.latest.activated } : null,
        ]),
      ),
    }));
}

function random(seed) {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((s / 2 ** 31) * n);
  };
}

/**
 * Saves a commune's day every 1/writeRate s until `until` (a performance.now() time), then waits
 * for the saves in flight. Returns the acknowledged saves ({ username, commune, date, reports })
 * and the unacknowledged ones (errors), whose effect is unknown.
 */
export async function runWriters({ url, campaign, today, officials, writeRate, until, stats }) {
  const rand = random(42);
  const acked = [];
  const unacked = [];
  const busy = new Set();
  const inFlight = new Set();
  let turn = 0;

  const save = async (official) => {
    busy.add(official.username);
    const reports = [...official.counts].map(([unit, c]) => {
      const collected = c.collected + rand(30);
      return { unit, collected, activated: Math.min(collected, c.activated + rand(25)) };
    });
    const sent = reports.map((r) => {
      const expected = official.onDay.get(r.unit);
      return expected ? { ...r, expected } : r;
    });
    const answer = await gql(url, RECORD_TALLIES, { input: { campaign, date: today, reports: sent } }, official.cookie);
    const failure =
      failureOf(answer) ?? (answer.body.data.recordTallies.saved === reports.length ? null : 'saved fewer');
    stats.record('write', answer.status ? answer.ms : null, failure);
    const write = { username: official.username, commune: official.commune.code, date: today, reports };
    if (failure) {
      unacked.push({ ...write, failure });
      // A save whose answer was lost may have gone in: a refused next save says what is on record.
      for (const cell of answer.body?.errors?.[0]?.extensions?.code === 'CONFLICT'
        ? (answer.body.errors[0].extensions.fields ?? [])
        : []) {
        const was = official.onDay.get(cell.unit) ?? { collected: 0, activated: 0 };
        official.onDay.set(cell.unit, cell.stored === null ? null : { ...was, [cell.field]: cell.stored });
      }
    } else {
      acked.push(write);
      for (const r of reports) official.counts.set(r.unit, { collected: r.collected, activated: r.activated });
      for (const r of reports) official.onDay.set(r.unit, { collected: r.collected, activated: r.activated });
      // Read-your-write: the official's next look at the commune shows what was just saved.
      const seen = await gql(url, HAMLETS_ON, { code: official.commune.code, campaign, asOf: today }, official.cookie);
      const seenFailure = failureOf(seen);
      const stale =
        !seenFailure &&
        reports.some((r) => {
          const p = seen.body.data.unit.children.find((h) => h.code === r.unit)?.progress;
          return !p || p.collected !== r.collected || p.activated !== r.activated;
        });
      stats.record('readback', seen.status ? seen.ms : null, seenFailure ?? (stale ? 'stale read after save' : null));
    }
    busy.delete(official.username);
  };

  const started = performance.now();
  for (let k = 0; ; k++) {
    const at = started + (k * 1000) / writeRate;
    if (at >= until) break;
    const wait = at - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    // The next official in turn whose previous save has been answered.
    let official = null;
    for (let tries = 0; tries < officials.length && !official; tries++) {
      const candidate = officials[turn++ % officials.length];
      if (!busy.has(candidate.username)) official = candidate;
    }
    if (!official) {
      stats.record('write', null, 'every official still waiting');
      continue;
    }
    const p = save(official).finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  return { acked, unacked };
}
