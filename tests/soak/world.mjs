// What the soak needs to know of the database before the server starts: the tree, the campaign,
// the communes its officials will write for (with each hamlet's latest report), the REPORT_BY
// tasks there are to read. Read-only; the server is not running yet.

/** Evenly spaced picks of n items (all of them when there are fewer). */
export function spread(items, n) {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}

export function readWorld(Database, file, { officials }) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const campaign = db
      .prepare(
        `SELECT c.id, c.code, c.start_date AS startDate, u.code AS rootCode, u.path AS rootPath, u.level AS rootLevel
      FROM campaign c JOIN unit u ON u.id = c.root_unit_id ORDER BY c.start_date DESC, c.id DESC LIMIT 1`,
      )
      .get();
    if (!campaign) throw new Error('the database has no campaign: seed it first');
    const under = `path LIKE ? || '%'`;
    const units = (level) =>
      db
        .prepare(`SELECT id, code, path FROM unit WHERE level = ? AND ${under} ORDER BY path`)
        .all(level, campaign.rootPath);
    const communes = db
      .prepare(
        `SELECT id, code, path, hamlet_count AS hamlets FROM unit WHERE level = 'COMMUNE' AND hamlet_count > 0 AND ${under} ORDER BY path`,
      )
      .all(campaign.rootPath);
    const chosen = spread(communes, officials);
    const hamletsOf = db.prepare(`SELECT id, code FROM unit WHERE parent_id = ? AND level = 'HAMLET' ORDER BY code`);
    const latest = db.prepare(
      `SELECT date, collected, activated FROM tally_report WHERE campaign_id = ? AND unit_id = ? ORDER BY date DESC LIMIT 1`,
    );
    for (const commune of chosen) {
      commune.hamletList = hamletsOf
        .all(commune.id)
        .map((h) => ({ ...h, latest: latest.get(campaign.id, h.id) ?? null }));
    }
    const reportTasks = db
      .prepare(
        `SELECT d.number AS directive, COALESCE(a.code, iu.code) AS issuer, t.number AS task,
        (SELECT lu.path FROM directive_line l JOIN unit lu ON lu.id = l.unit_id WHERE l.task_id = t.id AND l.removed_at IS NULL ORDER BY l.id LIMIT 1) AS path
      FROM directive_task t JOIN directive d ON d.id = t.directive_id JOIN unit iu ON iu.id = d.issuer_unit_id
      LEFT JOIN agency a ON a.id = d.issuer_agency_id
      WHERE t.kind = 'REPORT_BY' AND t.removed_at IS NULL AND d.campaign_id = ? AND (SELECT COUNT(*) FROM directive_line l WHERE l.task_id = t.id AND l.removed_at IS NULL) = 1
      ORDER BY d.id, t.number`,
      )
      .all(campaign.id)
      .filter((t) => t.path);
    const counts = Object.fromEntries(
      db
        .prepare(`SELECT level, COUNT(*) AS n FROM unit GROUP BY level`)
        .all()
        .map((r) => [r.level, r.n]),
    );
    const reports = db.prepare(`SELECT COUNT(*) AS n FROM tally_report WHERE campaign_id = ?`).get(campaign.id).n;
    return {
      campaign,
      root: { code: campaign.rootCode, path: campaign.rootPath, level: campaign.rootLevel },
      provinces: units('PROVINCE'),
      districts: units('DISTRICT'),
      communes: chosen,
      reportTasks,
      counts,
      reports,
    };
  } finally {
    db.close();
  }
}
