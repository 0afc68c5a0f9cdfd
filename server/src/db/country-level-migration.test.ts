import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, SQLITE_MIGRATIONS } from './data-source';

// A database made before the COUNTRY level (a province's deployment with its users, targets and
// tallies) takes the migration that rebuilds the unit table: every row keeps its id, everything
// that points at a unit still does, and a national root can then be added above the province.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-country-level-'));
const file = path.join(dir, 'db.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function migrateBeforeCountryLevel(): Promise<void> {
  const before = SQLITE_MIGRATIONS.filter((m) => m.name !== 'CountryLevel1700000000500');
  expect(before).toHaveLength(SQLITE_MIGRATIONS.length - 1);
  const dataSource = new DataSource({
    type: 'better-sqlite3',
    database: file,
    migrations: before,
    migrationsTransactionMode: 'each',
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}

describe('the COUNTRY level migration', () => {
  it('keeps a province deployment whole and then accepts a country root', async () => {
    await migrateBeforeCountryLevel();
    const db = new Database(file);
    db.exec(`
      INSERT INTO unit (id, code, name, type, level, parent_id, path, search_name, hamlet_count) VALUES
        (7, '83', 'Tỉnh Bến Tre', 'Tỉnh', 'PROVINCE', NULL, '/83/', 'tinh ben tre', 1),
        (9, '836', 'Huyện Ba Tri', 'Huyện', 'DISTRICT', 7, '/83/836/', 'huyen ba tri', 1),
        (12, '29119', 'Xã Tân Xuân', 'Xã', 'COMMUNE', 9, '/83/836/29119/', 'xa tan xuan', 1),
        (15, '2911901', 'Ấp 1', 'Ấp', 'HAMLET', 12, '/83/836/29119/2911901/', 'ap 1', 1);
      INSERT INTO campaign (id, code, name, collected_label, activated_label, start_date, deadline, root_unit_id, created_at)
        VALUES (1, 'DDDT-2023', 'x', 'Thu nhận', 'Kích hoạt', '2023-09-01', '2023-12-15', 7, '2023-09-01');
      INSERT INTO target (campaign_id, unit_id, target) VALUES (1, 7, 100), (1, 9, 100), (1, 12, 100), (1, 15, 100);
      INSERT INTO tally_report (campaign_id, unit_id, date, collected, activated, recorded_at) VALUES (1, 15, '2023-09-01', 5, 3, 'x');
      INSERT INTO app_user (id, username, password_hash, role, scope_unit_id, created_at) VALUES (1, 'official', 'x', 'OFFICIAL', 12, 'x');`);
    const units = db.prepare(`SELECT * FROM unit ORDER BY id`).all();
    db.close();

    const dataSource = await openDatabase({ kind: 'sqlite', file });
    try {
      expect(await dataSource.showMigrations()).toBe(false);
      expect(await dataSource.query(`SELECT * FROM unit ORDER BY id`)).toEqual(units);
      expect(await dataSource.query(`PRAGMA foreign_key_check`)).toEqual([]);
      expect(await dataSource.query(`PRAGMA foreign_keys`)).toEqual([{ foreign_keys: 1 }]);
      const indexes = (await dataSource.query(
        `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'unit' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )) as Array<{ name: string }>;
      expect(indexes.map((i) => i.name)).toEqual(['unit_level', 'unit_level_path', 'unit_parent']);
      expect(await dataSource.query(`SELECT u.code FROM app_user a JOIN unit u ON u.id = a.scope_unit_id`)).toEqual([
        { code: '29119' },
      ]);

      await dataSource.query(
        `INSERT INTO unit (id, code, name, type, level, parent_id, path, search_name) VALUES (100, 'VN', 'Việt Nam', 'Quốc gia', 'COUNTRY', NULL, '/VN/', 'viet nam')`,
      );
      await expect(
        dataSource.query(
          `INSERT INTO unit (code, name, type, level, path, search_name) VALUES ('X', 'X', 'X', 'REGION', '/X/', 'x')`,
        ),
      ).rejects.toThrow(/CHECK constraint failed/);
      // Foreign keys still bind after the rebuild.
      await expect(
        dataSource.query(`INSERT INTO target (campaign_id, unit_id, target) VALUES (1, 999, 1)`),
      ).rejects.toThrow(/FOREIGN KEY constraint failed/);
    } finally {
      await dataSource.destroy();
    }
  });
});
