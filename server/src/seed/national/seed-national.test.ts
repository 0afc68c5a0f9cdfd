import 'reflect-metadata';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../app/context';
import { createServices } from '../../app/services';
import { loadConfig } from '../../config';
import { openDatabase, rawDatabase } from '../../db/data-source';
import { SYSTEM_ACTOR } from '../../modules/audit/audit.service';
import { seedNational, type NationalSeedOptions, type NationalSeedResult } from './seed-national';

// The national seed on two provinces that hold island districts (45 Quảng Trị: Cồn Cỏ; 77 Bà Rịa -
// Vũng Tàu: Côn Đảo), five days. Its bulk-written rows are compared with what the real services
// write for the same tree, targets and reports, and its roll-ups are recomputed in SQL.
const OPTIONS: NationalSeedOptions = { provinces: ['45', '77'], hamletsPerCommune: 8, days: 5 };
const quiet = () => () => undefined;

interface Seeded {
  dir: string;
  services: Services;
  db: Database.Database;
  result: NationalSeedResult;
  close: () => Promise<void>;
}

async function openEmpty(name: string): Promise<Omit<Seeded, 'result'>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `chitieu-national-${name}-`));
  const dataSource = await openDatabase({ kind: 'sqlite', file: path.join(dir, 'db.sqlite') });
  const services = createServices(dataSource, loadConfig({}));
  return {
    dir,
    services,
    db: rawDatabase(dataSource),
    close: async () => {
      await dataSource.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function seeded(name: string): Promise<Seeded> {
  const opened = await openEmpty(name);
  return { ...opened, result: await seedNational(opened.services, OPTIONS, quiet) };
}

const rows = (db: Database.Database, sql: string) => db.prepare(sql).raw().all() as unknown[][];
/** The seed's data by unit code (ids are positions, compared through codes). */
const TABLES = {
  unit: `SELECT u.code, u.name, u.type, u.level, p.code, u.path, u.search_name, u.synthetic, u.population, u.hamlet_count FROM unit u LEFT JOIN unit p ON p.id = u.parent_id ORDER BY u.code`,
  target: `SELECT u.code, t.target FROM target t JOIN unit u ON u.id = t.unit_id ORDER BY u.code`,
  tally_report: `SELECT u.code, r.date, r.collected, r.activated FROM tally_report r JOIN unit u ON u.id = r.unit_id ORDER BY u.code, r.date`,
  tally_rollup: `SELECT u.code, r.date, r.collected, r.activated, r.hamlets_reported FROM tally_rollup r JOIN unit u ON u.id = r.unit_id ORDER BY u.code, r.date`,
  target_version: `SELECT * FROM target_version`,
};
const checksum = (db: Database.Database) =>
  createHash('sha256')
    .update(JSON.stringify(Object.values(TABLES).map((sql) => rows(db, sql))))
    .digest('hex');

let a: Seeded;
beforeAll(async () => {
  a = await seeded('a');
}, 60_000);
afterAll(async () => {
  await a?.close();
});

describe('the national seed (2 provinces, 5 days)', () => {
  it('builds one country, GSO provinces, districts and communes, and 5 to 12 synthetic hamlets a commune', () => {
    const count = (level: string) => a.db.prepare(`SELECT COUNT(*) FROM unit WHERE level = ?`).pluck().get(level);
    expect([count('COUNTRY'), count('PROVINCE'), count('DISTRICT'), count('COMMUNE')]).toEqual([1, 2, 18, 207]);
    expect(count('HAMLET')).toBe(a.result.counts.hamlets);
    const perCommune = rows(
      a.db,
      `SELECT COUNT(h.id) FROM unit c LEFT JOIN unit h ON h.parent_id = c.id WHERE c.level = 'COMMUNE' GROUP BY c.id`,
    ).map((r) => r[0] as number);
    expect(Math.min(...perCommune)).toBe(5);
    expect(Math.max(...perCommune)).toBe(12);
    expect(perCommune.reduce((s, n) => s + n, 0) / perCommune.length).toBeCloseTo(8, 0);
    expect(rows(a.db, `SELECT DISTINCT synthetic FROM unit WHERE level = 'HAMLET'`)).toEqual([[1]]);
    expect(rows(a.db, `SELECT DISTINCT synthetic FROM unit WHERE level <> 'HAMLET'`)).toEqual([[0]]);
    // Quảng Trị (central) says thôn and tổ dân phố; Bà Rịa - Vũng Tàu (south) ấp and khu phố.
    expect(
      rows(
        a.db,
        `SELECT name FROM unit WHERE parent_id = (SELECT id FROM unit WHERE name = 'Xã Vĩnh Thái') ORDER BY code LIMIT 1`,
      ),
    ).toEqual([['Thôn 1']]);
    expect(
      a.db
        .prepare(
          `SELECT COUNT(*) FROM unit WHERE path LIKE '/VN/77/%' AND level = 'HAMLET' AND type NOT IN ('Ấp', 'Khu phố')`,
        )
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('keeps the island districts, with no hamlets, target 0 and no tallies', () => {
    expect(a.result.islands).toEqual([
      { code: '471', name: 'Huyện Cồn Cỏ' },
      { code: '755', name: 'Huyện Côn Đảo' },
    ]);
    for (const { code } of a.result.islands) {
      const island = a.db
        .prepare(
          `SELECT id, level, hamlet_count AS hamlets, (SELECT COUNT(*) FROM unit c WHERE c.parent_id = unit.id) AS children FROM unit WHERE code = ?`,
        )
        .get(code) as Record<string, unknown>;
      expect(island).toMatchObject({ level: 'DISTRICT', hamlets: 0, children: 0 });
      expect(a.db.prepare(`SELECT target FROM target WHERE unit_id = ?`).pluck().get(island.id)).toBe(0);
      expect(a.db.prepare(`SELECT COUNT(*) FROM tally_rollup WHERE unit_id = ?`).pluck().get(island.id)).toBe(0);
    }
    expect(a.result.counts.targets).toBe(a.db.prepare(`SELECT COUNT(*) FROM unit`).pluck().get());
  });

  it("splits targets so that every parent's children add up to it, at every level", async () => {
    const root = (await a.services.units.byCode('VN'))!;
    const campaign = (await a.services.campaigns.byCode('DDDT-VN-2023'))!;
    expect(campaign.rootUnitId).toBe(root.id);
    expect(await a.services.targets.problems(campaign.id, root)).toEqual([]);
    expect(await a.services.targets.targetOf(campaign.id, root.id)).toBeGreaterThan(0);
  });

  it('reports are cumulative: never down, activated never above collected, some days missed', () => {
    const bad = a.db
      .prepare(
        `SELECT COUNT(*) FROM (
        SELECT collected, activated, LAG(collected) OVER w AS before_collected, LAG(activated) OVER w AS before_activated
        FROM tally_report WINDOW w AS (PARTITION BY unit_id ORDER BY date))
      WHERE collected < before_collected OR activated < before_activated OR activated > collected`,
      )
      .pluck()
      .get();
    expect(bad).toBe(0);
    const hamletDays = a.result.counts.hamlets * OPTIONS.days;
    expect(a.result.counts.reports).toBeLessThan(hamletDays);
    expect(a.result.counts.reports).toBeGreaterThan(hamletDays * 0.9);
  });

  it('has every roll-up row equal to the sum of the latest reports of the hamlets below on its date', () => {
    // Independent of the seed's arithmetic: one row per (unit above hamlets, date some hamlet below reported).
    const expected = rows(
      a.db,
      `
      WITH dates AS (SELECT DISTINCT date FROM tally_report),
      spans AS (SELECT unit_id, date, LEAD(date) OVER (PARTITION BY unit_id ORDER BY date) AS until, collected, activated FROM tally_report),
      latest AS MATERIALIZED (
        SELECT h.path, d.date, s.collected, s.activated, (s.date = d.date) AS today
        FROM spans s JOIN unit h ON h.id = s.unit_id
        JOIN dates d ON d.date >= s.date AND (s.until IS NULL OR d.date < s.until))
      SELECT u.code, l.date, SUM(l.collected), SUM(l.activated), SUM(l.today)
      FROM unit u JOIN latest l ON substr(l.path, 1, length(u.path)) = u.path
      WHERE u.level <> 'HAMLET'
      GROUP BY u.id, l.date HAVING SUM(l.today) > 0
      ORDER BY u.code, l.date`,
    );
    expect(expected.length).toBeGreaterThan(1000);
    expect(rows(a.db, TABLES.tally_rollup)).toEqual(expected);
  });

  it('leaves exactly the rows the unit, target and tally services write for the same data', async () => {
    const b = await openEmpty('b');
    try {
      const { services } = b;
      const units = rows(
        a.db,
        `SELECT u.code, u.name, u.type, u.level, p.code, u.synthetic, u.population FROM unit u LEFT JOIN unit p ON p.id = u.parent_id ORDER BY u.id`,
      );
      const source = (await a.services.campaigns.byCode('DDDT-VN-2023'))!;
      await services.sql.tx(async () => {
        const made = await services.units.insertMany(
          units.map(([code, name, type, level, parentCode, synthetic, population]) => ({
            code: String(code),
            name: String(name),
            type: String(type),
            level: level as 'HAMLET',
            parentCode: parentCode === null ? null : String(parentCode),
            synthetic: synthetic === 1,
            population: population as number | null,
          })),
        );
        const { id: _id, createdAt: _at, rootUnitId: _root, ...fields } = source;
        const campaign = await services.campaigns.insert({ ...fields, rootUnitId: made.get('VN')!.id });
        await services.targets.setMany(
          campaign.id,
          rows(a.db, TABLES.target).map(([code, target]) => ({
            unitId: made.get(String(code))!.id,
            target: Number(target),
          })),
        );
      });
      const campaign = (await services.campaigns.byCode('DDDT-VN-2023'))!;
      const reports = rows(
        a.db,
        `SELECT r.date, u.code, r.collected, r.activated FROM tally_report r JOIN unit u ON u.id = r.unit_id ORDER BY r.date, u.code`,
      );
      const dates = [...new Set(reports.map((r) => String(r[0])))];
      for (const date of dates) {
        await services.tallies.record({
          campaign,
          date,
          actor: SYSTEM_ACTOR,
          scopePath: '/VN/',
          today: a.result.today,
          earliestDate: campaign.startDate,
          reports: reports
            .filter((r) => r[0] === date)
            .map(([, unit, collected, activated]) => ({
              unit: String(unit),
              collected: Number(collected),
              activated: Number(activated),
            })),
        });
      }
      for (const [table, sql] of Object.entries(TABLES)) expect(rows(b.db, sql), table).toEqual(rows(a.db, sql));
    } finally {
      await b.close();
    }
  }, 60_000);

  it('gives the same database twice (deterministic)', async () => {
    const again = await seeded('again');
    try {
      expect(checksum(again.db)).toBe(checksum(a.db));
    } finally {
      await again.close();
    }
  }, 60_000);

  it('leaves one audit event for the seed, the business clock and three accounts', async () => {
    expect(rows(a.db, `SELECT action, username FROM audit_event WHERE action = 'seed.national'`)).toEqual([
      ['seed.national', 'seed'],
    ]);
    expect(await a.services.clock.today()).toBe('2023-09-21');
    expect(
      rows(
        a.db,
        `SELECT a.username, a.role, u.code FROM app_user a JOIN unit u ON u.id = a.scope_unit_id ORDER BY a.id`,
      ),
    ).toEqual([
      ['admin', 'ADMIN', 'VN'],
      ['analyst', 'ANALYST', 'VN'],
      ['official', 'OFFICIAL', a.result.accounts[2]!.scopeCode],
    ]);
  });
});
