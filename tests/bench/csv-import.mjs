// Figure 4: importing 85,000 report rows by CSV, posted to the running server the way the console
// does (the file as the body, the session cookie, the CSRF header). At national scale the file is
// one day of every hamlet of the database (84,846: the daily national upload); on the demo, with
// fewer hamlets, it is the latest 85,000 reports on record, each one higher (with a reason).
// The floor: the same rows parsed and inserted as they are, in one transaction through
// better-sqlite3 (no checks, no roll-ups, no audit), measured on the same file after the run.
import { addDays, entry, serverRequire } from './bench-lib.mjs';
import { cpuMsOf } from './bench-server.mjs';

export const ROWS = 85_000;
const GOAL_S = 15;
const REASON = 'Rà soát lại theo danh sách VNeID của Công an xã';
const HEADER = 'Mã ấp;Ngày;Thu nhận;Kích hoạt;Lý do';
const dmy = (iso) => iso.split('-').reverse().join('/');

/** The file to import: { text, rows, creates } built from the database before the server starts. */
export function buildFile({ dbFile, scale, quick }) {
  const rows = quick ? Math.round(ROWS / 5) : ROWS;
  const Database = serverRequire('better-sqlite3');
  const db = new Database(dbFile, { readonly: true });
  try {
    const campaignId = scale.campaign.id;
    let lines;
    let creates;
    // The whole country has 84,846 hamlets: its day is the "85,000 rows" of the issue.
    if (scale.counts.HAMLET >= rows * 0.9) {
      creates = true;
      const hamlets = db
        .prepare(
          `SELECT h.code, COALESCE(r.collected, 0) AS collected, COALESCE(r.activated, 0) AS activated
        FROM unit h LEFT JOIN tally_report r ON r.campaign_id = ? AND r.unit_id = h.id
          AND r.date = (SELECT MAX(x.date) FROM tally_report x WHERE x.campaign_id = ? AND x.unit_id = h.id AND x.date <= ?)
        WHERE h.level = 'HAMLET' ORDER BY h.path LIMIT ?`,
        )
        .all(campaignId, campaignId, scale.today, rows);
      lines = hamlets.map((h) => `${h.code};${dmy(scale.today)};${h.collected + 3};${h.activated + 1};`);
    } else {
      creates = false;
      const reports = db
        .prepare(
          `SELECT u.code, r.date, r.collected, r.activated FROM tally_report r JOIN unit u ON u.id = r.unit_id
        WHERE r.campaign_id = ? ORDER BY r.date DESC, u.code LIMIT ?`,
        )
        .all(campaignId, rows);
      lines = reports.map((r) => `${r.code};${dmy(r.date)};${r.collected + 1};${r.activated};${REASON}`);
    }
    return { text: `\uFEFF${HEADER}\r\n${lines.join('\r\n')}\r\n`, rows: lines.length, creates };
  } finally {
    db.close();
  }
}

/** Posts the file to the running server; resolves with the seconds it took and the server's timings. */
export async function importOverHttp({ url, pid, cookie, scale }, file) {
  const cpuBefore = pid ? cpuMsOf(pid) : null;
  const started = performance.now();
  const res = await fetch(`${url}/api/import/tallies?campaign=${encodeURIComponent(scale.campaign.code)}`, {
    method: 'POST',
    headers: { cookie, 'x-chitieu-csrf': '1', 'content-type': 'text/csv; charset=utf-8' },
    body: file.text,
  });
  const body = await res.json();
  const seconds = (performance.now() - started) / 1000;
  if (res.status !== 200 || !body.committed)
    throw new Error(`the import was not committed (HTTP ${res.status}): ${JSON.stringify(body).slice(0, 2000)}`);
  return { seconds, body, cpuSeconds: cpuBefore === null ? null : (cpuMsOf(pid) - cpuBefore) / 1000 };
}

/** The floor, on the same database file once the server has stopped. */
export function floorInsert({ dbFile, scale }, file) {
  const Database = serverRequire('better-sqlite3');
  const db = new Database(dbFile);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    const started = performance.now();
    const ids = new Map(db.prepare(`SELECT code, id FROM unit WHERE level = 'HAMLET'`).raw().all());
    const insert =
      db.prepare(`INSERT INTO tally_report (campaign_id, unit_id, date, collected, activated, reason, user_id, recorded_at)
      VALUES (?, ?, ?, ?, ?, ?, NULL, ?) ON CONFLICT (campaign_id, unit_id, date) DO UPDATE SET collected = excluded.collected,
      activated = excluded.activated, reason = excluded.reason, recorded_at = excluded.recorded_at`);
    const now = new Date().toISOString();
    db.transaction(() => {
      for (const line of file.text.slice(1).split('\r\n').slice(1)) {
        if (!line) continue;
        const [code, date, collected, activated, reason] = line.split(';');
        const iso = date.split('/').reverse().join('-');
        // Where the import made new rows, so does the floor: on the next day, which has none yet.
        insert.run(
          scale.campaign.id,
          ids.get(code),
          file.creates ? addDays(iso, 1) : iso,
          Number(collected),
          Number(activated),
          reason || null,
          now,
        );
      }
    })();
    return (performance.now() - started) / 1000;
  } finally {
    db.close();
  }
}

export function entries(file, http, floorSeconds) {
  const t = http.body.timings;
  const cpu = http.cpuSeconds === null ? '' : `, ${http.cpuSeconds.toFixed(1)} s of server CPU (both threads)`;
  const note = `${file.creates ? 'new day' : 'updates'}; server: read ${t.readMs} ms, check ${t.planMs} ms, write ${t.writeMs} ms${cpu}; floor: plain insert of the same rows in one transaction`;
  return [
    entry({
      figure: 4,
      name: `import ${file.rows.toLocaleString('en-US')} report rows by CSV over HTTP`,
      value: http.seconds,
      unit: 's',
      floor: floorSeconds,
      goal: `≤ ${GOAL_S} s`,
      met: http.seconds <= GOAL_S,
      note,
    }),
    entry({
      figure: 4,
      name: 'import rate',
      value: file.rows / http.seconds,
      unit: 'rows/s',
      floor: file.rows / floorSeconds,
      goal: `≥ ${Math.ceil(ROWS / GOAL_S).toLocaleString('en-US')} rows/s`,
      met: file.rows / http.seconds >= ROWS / GOAL_S,
    }),
  ];
}
