import { chunks, typedRows, type Db } from '../../db/sql';

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
 * Rows per statement. Each row count is its own statement text (and prepared statement), so a
 * small bound keeps those few; a commune's day (a few dozen hamlets at most) is one statement, and
 * the parameters stay far under SQLite's 32,766 and PostgreSQL's 65,535.
 */
export const ROWS_PER_STATEMENT = 100;

const NO_END = '9999-12-31';

/**
 * Applies deltas to the roll-up step functions of the units above a hamlet. Each unit's roll-up has
 * a row at every date where its tally changed; a delta on [from, until) needs rows at both ends
 * (copying the value in force there, which changes no unit's figure on any date), then adds to
 * every row in between. Deltas are merged per (unit, from, until) first; then one statement makes
 * the missing end rows of all of them, and one adds every delta to its rows — each row gets the sum
 * of the deltas over it, which is what applying them one after another gives. A commune's day of
 * eight hamlets is two statements, not a few per ancestor.
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
  const live = [...merged.values()].filter((d) => d.collected !== 0 || d.activated !== 0 || d.newReports !== 0);
  if (live.length === 0) return;
  const ends = new Map<string, { unitId: number; date: string }>();
  for (const d of live) {
    ends.set(`${d.unitId}|${d.from}`, { unitId: d.unitId, date: d.from });
    if (d.until !== null) ends.set(`${d.unitId}|${d.until}`, { unitId: d.unitId, date: d.until });
  }
  for (const part of chunks([...ends.values()], ROWS_PER_STATEMENT)) await ensureRows(sql, campaignId, part);
  for (const part of chunks(live, ROWS_PER_STATEMENT)) await addDeltas(sql, campaignId, part);
}

/** Makes sure each unit's roll-up has a row on each date, holding the value in force on that date. */
async function ensureRows(
  sql: Db,
  campaignId: number,
  ends: ReadonlyArray<{ unitId: number; date: string }>,
): Promise<void> {
  const before = (column: string) =>
    `COALESCE((SELECT p.${column} FROM tally_rollup p WHERE p.campaign_id = ? AND p.unit_id = e.unit_id AND p.date < e.date ORDER BY p.date DESC LIMIT 1), 0)`;
  await sql.run(
    `WITH e(unit_id, date) AS (VALUES ${typedRows(ends.length, ['INTEGER', 'TEXT'])})
     INSERT INTO tally_rollup (campaign_id, unit_id, date, collected, activated, hamlets_reported)
     SELECT ?, e.unit_id, e.date, ${before('collected')}, ${before('activated')}, 0
     FROM e
     WHERE true
     ON CONFLICT (campaign_id, unit_id, date) DO NOTHING`,
    ...ends.flatMap((e) => [e.unitId, e.date]),
    campaignId,
    campaignId,
    campaignId,
  );
}

/**
 * Adds each delta to its unit's rows on [from, until), and its new reports to the row on `from`,
 * in one statement: the rows some delta moves are found by their key (a seek per delta's range)
 * and given the sums of the deltas over them. The same rows are named twice, in the join and in an
 * IN list, for SQLite: joined alone, it reads the campaign's every roll-up row and looks each up
 * among the sums; the IN list makes it seek the rows instead (PostgreSQL plans either well). CROSS
 * JOIN keeps the deltas as SQLite's outer loop, which it would otherwise not choose for a hundred.
 */
async function addDeltas(sql: Db, campaignId: number, deltas: readonly RollupDelta[]): Promise<void> {
  const moved = `FROM d CROSS JOIN tally_rollup r
       WHERE r.campaign_id = ? AND r.unit_id = d.unit_id AND r.date >= d.from_date AND r.date < d.until_date
         AND (d.collected <> 0 OR d.activated <> 0 OR r.date = d.from_date)`;
  await sql.run(
    `WITH d(unit_id, from_date, until_date, collected, activated, new_reports) AS (
       VALUES ${typedRows(deltas.length, ['INTEGER', 'TEXT', 'TEXT', 'INTEGER', 'INTEGER', 'INTEGER'])}
     )
     UPDATE tally_rollup SET collected = collected + s.dc, activated = activated + s.da, hamlets_reported = hamlets_reported + s.dn
     FROM (
       SELECT r.unit_id AS uid, r.date AS day, SUM(d.collected) AS dc, SUM(d.activated) AS da,
         SUM(CASE WHEN r.date = d.from_date THEN d.new_reports ELSE 0 END) AS dn
       ${moved}
       GROUP BY r.unit_id, r.date
     ) s
     WHERE tally_rollup.campaign_id = ? AND tally_rollup.unit_id = s.uid AND tally_rollup.date = s.day
       AND (tally_rollup.unit_id, tally_rollup.date) IN (SELECT r.unit_id, r.date ${moved})`,
    ...deltas.flatMap((d) => [d.unitId, d.from, d.until ?? NO_END, d.collected, d.activated, d.newReports]),
    campaignId,
    campaignId,
    campaignId,
  );
}
