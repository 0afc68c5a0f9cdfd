// Figure 1: progress of one unit at a random as-of date, the service call the resolver makes,
// beside the cheapest SQL that gives the same answer run through better-sqlite3 directly: three
// index seeks (the counts in force on the date with their date, those a week before the pace
// window's end: the date once reported on it, else the day before; the target).
import { addDays, entry, openServices, timePairAsync } from './bench-lib.mjs';

const GOAL_MS = 10;
const GOAL_RATIO = 3;

export async function measure({ dbFile, scale, quick }) {
  const iterations = quick ? 1000 : 5000;
  const opened = await openServices(`sqlite:${dbFile}`);
  try {
    const { services, db } = opened;
    const campaign = await services.campaigns.byCode(scale.campaign.code);
    const span = Math.max(1, Math.round((Date.parse(campaign.deadline) - Date.parse(campaign.startDate)) / 86_400_000));
    // A date spread over the whole campaign, a different one each call (no cache helps).
    const dateOf = (i) => addDays(campaign.startDate, ((i + 1000) * 7919) % span);

    const seek = (table) =>
      db.prepare(
        `SELECT date, collected, activated FROM ${table} WHERE campaign_id = ? AND unit_id = ? AND date <= ? ORDER BY date DESC LIMIT 1`,
      );
    const floorRollup = seek('tally_rollup');
    const floorReport = seek('tally_report');
    const floorTarget = db.prepare(`SELECT target FROM target WHERE campaign_id = ? AND unit_id = ?`);

    const picks = [
      ['country', scale.country],
      ['province', scale.province],
      ['district', scale.district],
      ['commune', scale.commune],
      ['hamlet', scale.hamlet],
    ];
    const out = [];
    for (const [label, pick] of picks) {
      if (!pick) continue;
      const unit = await services.units.byCode(pick.code);
      const series = unit.level === 'HAMLET' ? floorReport : floorRollup;
      const [service, floor] = await timePairAsync(
        iterations,
        (i) => services.progress.progressOf(campaign, [unit], dateOf(i)),
        (i) => {
          const d = dateOf(i);
          const now = series.get(campaign.id, unit.id, d);
          if (now) series.get(campaign.id, unit.id, addDays(now.date === d ? d : addDays(d, -1), -7));
          floorTarget.get(campaign.id, unit.id);
        },
      );
      const ratio = service.p95 / floor.p95;
      out.push(
        entry({
          figure: 1,
          name: `progress of a ${label} (${unit.code}, ${unit.hamletCount.toLocaleString('en-US')} hamlet${unit.hamletCount === 1 ? '' : 's'}), p95`,
          value: service.p95,
          unit: 'ms',
          floor: floor.p95,
          goal: `≤ ${GOAL_MS} ms, ≤ ${GOAL_RATIO}× floor`,
          met: service.p95 <= GOAL_MS && ratio <= GOAL_RATIO,
          p50: service.p50,
          floorP50: floor.p50,
        }),
      );
    }
    return out;
  } finally {
    await opened.close();
  }
}
