import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, SQLITE_MIGRATIONS } from './data-source';

describe('migrations', () => {
  it('registers every migration file, in order', () => {
    const files = fs
      .readdirSync(path.join(__dirname, 'migrations', 'sqlite'))
      .filter((f) => /^\d+-.*\.ts$/.test(f) && !f.endsWith('.test.ts'))
      .map((f) => Number(f.split('-')[0]))
      .sort((a, b) => a - b);
    const registered = SQLITE_MIGRATIONS.map((m) => Number(/(\d{13})$/.exec(m.name)?.[1]));
    expect(registered).toEqual(files);
  });

  it('bring an empty database up to date, leaving nothing pending', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-migrate-'));
    const dataSource = await openDatabase({ kind: 'sqlite', file: path.join(dir, 'db.sqlite') });
    try {
      expect(await dataSource.showMigrations()).toBe(false);
      const tables = (await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table'`)) as Array<{
        name: string;
      }>;
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining([
          'unit',
          'campaign',
          'target',
          'tally_report',
          'tally_rollup',
          'app_user',
          'session',
          'audit_event',
        ]),
      );
      expect(await dataSource.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      expect(await dataSource.query('PRAGMA synchronous')).toEqual([{ synchronous: 2 }]); // FULL
    } finally {
      await dataSource.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
