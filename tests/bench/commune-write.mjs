// Figure 3, the write: one commune's day (its hamlets' reports, the roll-ups of every unit above,
// an audit event per hamlet) through TallyService.record, the call recordTallies makes. The
// floor is the cheapest SQL that leaves the same rows, prepared and run in one transaction through
// better-sqlite3: per hamlet an upsert of its report and an audit insert, per unit above one
// upsert of its roll-up on that date (the day written is the latest, so no later row moves).
import { entry, openServices, replacingDay, time, timeAsync } from './bench-lib.mjs';

const GOAL_MS = 20;

function latestReports(db, campaignId, hamlets, date) {
  const latest = db.prepare(
    `SELECT date, collected, activated FROM tally_report WHERE campaign_id = ? AND unit_id = ? AND date <= ? ORDER BY date DESC LIMIT 1`,
  );
  return hamlets.map((h) => {
    const row = latest.get(campaignId, h.id, date);
    const base = row ? { collected: row.collected, activated: row.activated } : { collected: 0, activated: 0 };
    return { hamlet: h, base, onDate: row?.date === date ? base : null };
  });
}

/** The floor: the same rows written with one prepared statement each, in one transaction. */
function floorWriter(db, campaign, ancestors, rows, date) {
  const report =
    db.prepare(`INSERT INTO tally_report (campaign_id, unit_id, date, collected, activated, reason, user_id, recorded_at)
    VALUES (?, ?, ?, ?, ?, NULL, NULL, ?) ON CONFLICT (campaign_id, unit_id, date) DO UPDATE SET collected = excluded.collected,
    activated = excluded.activated, recorded_at = excluded.recorded_at`);
  const audit =
    db.prepare(`INSERT INTO audit_event (at, user_id, username, role, action, unit_id, unit_path, campaign_id, field, old_value, new_value, reason, request_id)
    VALUES (?, NULL, 'bench', 'ADMIN', 'tally.record', ?, ?, ?, ?, NULL, ?, NULL, NULL)`);
  const rollup =
    db.prepare(`INSERT INTO tally_rollup (campaign_id, unit_id, date, collected, activated, hamlets_reported)
    SELECT @c, @u, @d, COALESCE(p.collected, 0) + @dc, COALESCE(p.activated, 0) + @da, @n FROM (SELECT 1) LEFT JOIN (SELECT collected, activated FROM tally_rollup
      WHERE campaign_id = @c AND unit_id = @u AND date < @d ORDER BY date DESC LIMIT 1) p ON 1 WHERE true
    ON CONFLICT (campaign_id, unit_id, date) DO UPDATE SET collected = collected + @dc, activated = activated + @da, hamlets_reported = hamlets_reported + @n`);
  let previous = rows.map((r) => r.base);
  let first = true;
  return (n) =>
    db.transaction(() => {
      const now = new Date().toISOString();
      let dc = 0;
      const next = rows.map(({ hamlet, base }, i) => {
        const counts = { collected: base.collected + 1000 + n, activated: base.activated };
        dc += counts.collected - previous[i].collected;
        report.run(campaign.id, hamlet.id, date, counts.collected, counts.activated, now);
        audit.run(now, hamlet.id, hamlet.path, campaign.id, date, JSON.stringify(counts));
        return counts;
      });
      for (const unitId of ancestors)
        rollup.run({ c: campaign.id, u: unitId, d: date, dc, da: 0, n: first ? rows.length : 0 });
      previous = next;
      first = false;
    })();
}

export async function measure({ dbFile, scale, quick }) {
  const runs = quick ? 100 : 300;
  const opened = await openServices(`sqlite:${dbFile}`);
  try {
    const { services, db } = opened;
    const campaign = await services.campaigns.byCode(scale.campaign.code);
    const date = scale.today;
    const [written, other] = await Promise.all(scale.writeCommunes.map((c) => services.units.byCode(c.code)));
    const actor = { userId: null, username: 'bench', role: 'ADMIN', requestId: null };

    const rows = latestReports(db, campaign.id, await services.units.children(written.id), date);
    // Each save replaces the one before it, naming it (replace-with-expected), as the console does.
    const replacing = replacingDay(rows.map((r) => r.onDate));
    const writes = await timeAsync(
      runs,
      (n) =>
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
              collected: base.collected + 1000 + n + 100,
              activated: base.activated,
            })),
          ),
        }),
      Math.min(100, runs),
    );

    const otherRows = latestReports(db, campaign.id, await services.units.children(other.id), date);
    const ancestors = [...(await services.units.ancestors(other)).map((u) => u.id), other.id];
    const floor = time(runs, floorWriter(db, campaign, ancestors, otherRows, date));
    return [
      entry({
        figure: 3,
        name: `write one commune's day (${written.code}: ${rows.length} hamlets, ${ancestors.length} roll-ups, audit), p95`,
        value: writes.p95,
        unit: 'ms',
        floor: floor.p95,
        goal: `≤ ${GOAL_MS} ms`,
        met: writes.p95 <= GOAL_MS,
        p50: writes.p50,
        floorP50: floor.p50,
        note: `floor: commune ${other.code}, ${otherRows.length} hamlets`,
      }),
    ];
  } finally {
    await opened.close();
  }
}
