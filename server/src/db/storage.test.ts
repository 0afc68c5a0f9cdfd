import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SqliteDb } from './sqlite-db';
import { StorageError, storageTroubleOf } from './storage';

describe('storage trouble', () => {
  it('is read from the SQLite error code, extended codes included', () => {
    expect(storageTroubleOf({ code: 'SQLITE_FULL' })).toBe('full');
    expect(storageTroubleOf({ code: 'SQLITE_READONLY' })).toBe('read-only');
    expect(storageTroubleOf({ code: 'SQLITE_READONLY_DBMOVED' })).toBe('read-only');
    expect(storageTroubleOf({ code: 'SQLITE_IOERR_WRITE' })).toBe('io-error');
    expect(storageTroubleOf({ code: 'SQLITE_BUSY' })).toBeNull();
    expect(storageTroubleOf({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBeNull();
    expect(storageTroubleOf(new Error('boom'))).toBeNull();
  });

  it('a write that does not fit is refused whole as a StorageError, noted, and cleared by the next write that fits', async () => {
    const sql = new SqliteDb(new Database(':memory:'));
    sql.writer.exec('CREATE TABLE t (b BLOB)');
    const pages = sql.writer.pragma('page_count', { simple: true }) as number;
    sql.writer.pragma(`max_page_count = ${pages}`);

    let thrown: unknown;
    try {
      await sql.tx(async () => {
        await sql.run('INSERT INTO t VALUES (1)');
        await sql.run('INSERT INTO t VALUES (zeroblob(20000))');
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StorageError);
    expect((thrown as StorageError).kind).toBe('full');
    expect((thrown as StorageError).message).not.toMatch(/SQLITE|disk is full/);
    expect((await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM t'))?.n).toBe(0);
    expect(sql.health.trouble?.trouble).toBe('full');

    sql.writer.pragma(`max_page_count = ${pages + 10}`);
    await sql.tx(async () => await sql.run('INSERT INTO t VALUES (zeroblob(20000))'));
    expect(sql.health.trouble).toBeNull();
  });

  it('lets any other error through as it is', async () => {
    const sql = new SqliteDb(new Database(':memory:'));
    sql.writer.exec('CREATE TABLE u (k TEXT PRIMARY KEY)');
    await sql.run(`INSERT INTO u VALUES ('a')`);
    await expect(sql.run(`INSERT INTO u VALUES ('a')`)).rejects.toThrow(/UNIQUE constraint failed/);
    expect(sql.health.trouble).toBeNull();
  });
});
