import type { Db } from '../../db/sql';

/** A change of one hamlet's contribution to every unit above it, from `from` until `until`. */
export interface RollupDelta {
  unitId: number;
  from: string;
  /** The hamlet's next report date: from there on its later report counts, not this one. */
  until: string | null;
  collected: number;
  activated: number;
  /** 1 when the hamlet had not reported on `from` before (completeness counts it). */
  newReports: number;
}

/**
 * Applies deltas to the roll-up step functions of the units above a hamlet. Each unit's roll-up has
 * a row at every date where its tally changed; a delta on [from, until) makes sure rows exist at
 * both ends (copying the value in force there), then adds to every row in between. Deltas are
 * merged per (unit, from, until) first, so a commune's day of eight hamlets is a few statements
 * per ancestor, not eight.
 */
export async function applyRollupDeltas(sql: Db, campaignId: number, deltas: readonly RollupDelta[]): Promise<void> {
  const merged = new Map<string, RollupDelta>();
  for (const d of deltas) {
    const key = `${d.unitId}|${d.from}|${d.until ?? ''}`;
    const m = merged.get(key);
    if (m) {
      m.collected += d.collected;
      m.activated += d.activated;
      m.newReports += d.newReports;
    } else merged.set(key, { ...d });
  }
  for (const d of merged.values()) {
    if (d.collected === 0 && d.activated === 0 && d.newReports === 0) continue;
    await ensureRow(sql, campaignId, d.unitId, d.from);
    if (d.until !== null) await ensureRow(sql, campaignId, d.unitId, d.until);
    if (d.collected !== 0 || d.activated !== 0) {
      await sql.run(
        `UPDATE tally_rollup SET collected = collected + ?, activated = activated + ?
         WHERE campaign_id = ? AND unit_id = ? AND date >= ? AND date < ?`,
        d.collected, d.activated, campaignId, d.unitId, d.from, d.until ?? '9999-12-31',
      );
    }
    if (d.newReports !== 0) {
      await sql.run(
        `UPDATE tally_rollup SET hamlets_reported = hamlets_reported + ? WHERE campaign_id = ? AND unit_id = ? AND date = ?`,
        d.newReports, campaignId, d.unitId, d.from,
      );
    }
  }
}

/** Makes sure a unit's roll-up has a row on `date`, holding the value in force on that date. */
async function ensureRow(sql: Db, campaignId: number, unitId: number, date: string): Promise<void> {
  await sql.run(
    `INSERT INTO tally_rollup (campaign_id, unit_id, date, collected, activated, hamlets_reported)
     SELECT ?, ?, ?, COALESCE(p.collected, 0), COALESCE(p.activated, 0), 0
     FROM (SELECT 1 AS one) base LEFT JOIN (
       SELECT collected, activated FROM tally_rollup WHERE campaign_id = ? AND unit_id = ? AND date < ? ORDER BY date DESC LIMIT 1
     ) p ON true
     WHERE true
     ON CONFLICT (campaign_id, unit_id, date) DO NOTHING`,
    campaignId, unitId, date, campaignId, unitId, date,
  );
}
