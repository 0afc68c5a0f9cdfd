// What a database holds, and the units the figures read and write: at each level the one with
// the most hamlets below it (within the one above), so each figure meets the heaviest case.
import { serverRequire } from './bench-lib.mjs';

export function describeDatabase(file) {
  const Database = serverRequire('better-sqlite3');
  const db = new Database(file, { readonly: true });
  try {
    const one = (sql, ...params) => db.prepare(sql).get(...params);
    const campaign = one(`SELECT id, code, start_date AS startDate, deadline FROM campaign ORDER BY id LIMIT 1`);
    const today = one(`SELECT value FROM setting WHERE key = 'today'`)?.value ?? new Date().toISOString().slice(0, 10);
    const root = one(`SELECT id, code, level, path FROM unit WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
    const biggest = (level, under) =>
      one(
        `SELECT id, code, name, level, path, hamlet_count AS hamlets FROM unit WHERE level = ? AND path >= ? AND path < ? ORDER BY hamlet_count DESC, code LIMIT 1`,
        level,
        under.path,
        `${under.path.slice(0, -1)}0`,
      );
    const province =
      root.level === 'PROVINCE'
        ? one(`SELECT id, code, name, level, path, hamlet_count AS hamlets FROM unit WHERE id = ?`, root.id)
        : biggest('PROVINCE', root);
    const district = biggest('DISTRICT', province);
    const commune = biggest('COMMUNE', district);
    const hamlet = biggest('HAMLET', commune);
    // A typical commune to write a day for (about eight hamlets), and a second one for the floor.
    const typical = db
      .prepare(
        `SELECT id, code, name, level, path, hamlet_count AS hamlets FROM unit WHERE level = 'COMMUNE' AND path >= ? AND path < ?
      ORDER BY ABS(hamlet_count - 8), code LIMIT 2`,
      )
      .all(province.path, `${province.path.slice(0, -1)}0`);
    const counts = Object.fromEntries(
      db
        .prepare(`SELECT level, COUNT(*) AS n FROM unit GROUP BY level`)
        .all()
        .map((r) => [r.level, r.n]),
    );
    const reports = one(
      `SELECT COUNT(*) AS n, MIN(date) AS first, MAX(date) AS last FROM tally_report WHERE campaign_id = ?`,
      campaign.id,
    );
    return {
      campaign,
      today,
      root,
      country: root.level === 'COUNTRY' ? root : null,
      province,
      district,
      commune,
      hamlet,
      writeCommunes: typical,
      counts,
      reports,
    };
  } finally {
    db.close();
  }
}

/** "63 provinces, 705 districts, 10,598 communes, 85,213 hamlets; 6.4 M reports" */
export function describeScale(scale) {
  const n = (x) => (x ?? 0).toLocaleString('en-US');
  const { PROVINCE, DISTRICT, COMMUNE, HAMLET } = scale.counts;
  return (
    `${n(PROVINCE)} provinces, ${n(DISTRICT)} districts, ${n(COMMUNE)} communes, ${n(HAMLET)} hamlets; ` +
    `${n(scale.reports.n)} reports ${scale.reports.first} → ${scale.reports.last}; today ${scale.today}`
  );
}
