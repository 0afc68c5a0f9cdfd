// After the server has stopped: the database file must hold every acknowledged save (in the
// tally reports and the audit), and every roll-up must equal the sum of the hamlets below it.

const countsKey = (username, unit, date, c) => `${username}|${unit}|${date}|${c.collected}|${c.activated}`;

/** Every acknowledged report has its audit event, and each hamlet holds its last acknowledged save. */
function checkSaves(db, campaignId, { acked, unacked }) {
  const events = new Map();
  const rows = db
    .prepare(
      `SELECT e.username, u.code, e.field AS date, e.new_value AS newValue FROM audit_event e JOIN unit u ON u.id = e.unit_id
    WHERE e.username LIKE 'soak-official-%' AND e.action IN ('tally.record', 'tally.replace') AND e.campaign_id = ?`,
    )
    .all(campaignId);
  for (const r of rows) {
    const key = countsKey(r.username, r.code, r.date, JSON.parse(r.newValue));
    events.set(key, (events.get(key) ?? 0) + 1);
  }
  const take = (key) => {
    const n = events.get(key) ?? 0;
    if (n > 0) events.set(key, n - 1);
    return n > 0;
  };
  let lostAudit = 0;
  const last = new Map();
  for (const w of acked) {
    for (const r of w.reports) {
      if (!take(countsKey(w.username, r.unit, w.date, r))) lostAudit++;
      last.set(`${r.unit}|${w.date}`, { ...r, maybe: [] });
    }
  }
  // A save that got no answer may or may not have been written: either outcome is allowed.
  for (const w of unacked) {
    for (const r of w.reports) {
      take(countsKey(w.username, r.unit, w.date, r));
      last.get(`${r.unit}|${w.date}`)?.maybe.push(r);
    }
  }
  const unexplained = [...events.values()].reduce((a, b) => a + b, 0);
  const report = db.prepare(
    `SELECT r.collected, r.activated FROM tally_report r JOIN unit u ON u.id = r.unit_id WHERE r.campaign_id = ? AND u.code = ? AND r.date = ?`,
  );
  let lostReports = 0;
  const examples = [];
  for (const [key, want] of last) {
    const [unit, date] = key.split('|');
    const got = report.get(campaignId, unit, date);
    const same = (c) => got && got.collected === c.collected && got.activated === c.activated;
    if (!same(want) && !want.maybe.some(same)) {
      lostReports++;
      if (examples.length < 5)
        examples.push(
          `${unit} ${date}: saved ${want.collected}/${want.activated}, file has ${got ? `${got.collected}/${got.activated}` : 'nothing'}`,
        );
    }
  }
  return {
    reports: acked.reduce((n, w) => n + w.reports.length, 0),
    hamletDays: last.size,
    lostAudit,
    lostReports,
    unexplained,
    examples,
  };
}

/** Each unit's roll-up on each date equals the sum of its hamlets' latest reports on or before it. */
function checkRollups(db, campaignId, rootPath, dates) {
  const units = db.prepare(`SELECT id, code, path, level FROM unit WHERE path LIKE ? || '%'`).all(rootPath);
  const byId = new Map(units.map((u) => [u.id, u]));
  const aggregates = units.filter((u) => u.level !== 'HAMLET');
  const latestReports = db.prepare(
    `SELECT unit_id AS unitId, MAX(date) AS date, collected, activated FROM tally_report WHERE campaign_id = ? AND date <= ? GROUP BY unit_id`,
  );
  const latestRollups = db.prepare(
    `SELECT unit_id AS unitId, MAX(date) AS date, collected, activated FROM tally_rollup WHERE campaign_id = ? AND date <= ? GROUP BY unit_id`,
  );
  const reportedOn = db.prepare(
    `SELECT unit_id AS unitId, hamlets_reported AS n FROM tally_rollup WHERE campaign_id = ? AND date = ?`,
  );
  let compared = 0;
  const wrong = [];
  for (const date of dates) {
    const sums = new Map();
    for (const r of latestReports.all(campaignId, date)) {
      const hamlet = byId.get(r.unitId);
      if (!hamlet) continue;
      for (const code of hamlet.path.split('/').filter(Boolean).slice(0, -1)) {
        const s = sums.get(code) ?? { collected: 0, activated: 0, reported: 0 };
        s.collected += r.collected;
        s.activated += r.activated;
        if (r.date === date) s.reported++;
        sums.set(code, s);
      }
    }
    const rollups = new Map(latestRollups.all(campaignId, date).map((r) => [byId.get(r.unitId)?.code, r]));
    const reported = new Map(reportedOn.all(campaignId, date).map((r) => [byId.get(r.unitId)?.code, r.n]));
    for (const u of aggregates) {
      const want = sums.get(u.code) ?? { collected: 0, activated: 0, reported: 0 };
      const got = rollups.get(u.code) ?? { collected: 0, activated: 0 };
      const gotReported = reported.get(u.code) ?? 0;
      compared++;
      if (got.collected !== want.collected || got.activated !== want.activated || gotReported !== want.reported) {
        wrong.push(
          `${u.code} on ${date}: roll-up ${got.collected}/${got.activated} (${gotReported} reported), hamlets sum to ${want.collected}/${want.activated} (${want.reported})`,
        );
      }
    }
  }
  return { units: aggregates.length, dates, compared, wrong: wrong.length, examples: wrong.slice(0, 5) };
}

export function verifyDatabase(Database, file, { campaignId, rootPath, dates, writes }) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const started = performance.now();
    const integrity = db.pragma('quick_check').map((row) => Object.values(row)[0]);
    const saves = checkSaves(db, campaignId, writes);
    const rollups = checkRollups(db, campaignId, rootPath, dates);
    return { integrity, saves, rollups, seconds: (performance.now() - started) / 1000 };
  } finally {
    db.close();
  }
}
