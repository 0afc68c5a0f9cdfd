import Database from 'better-sqlite3';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Sql } from './sql';
import { storageTroubleOf } from './storage';

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

  it('a write that does not fit is refused whole as STORAGE_FULL, noted, and cleared by the next write that fits', () => {
    const sql = new Sql(new Database(':memory:'));
    sql.db.exec('CREATE TABLE t (b BLOB)');
    const pages = sql.db.pragma('page_count', { simple: true }) as number;
    sql.db.pragma(`max_page_count = ${pages}`);

    let thrown: unknown;
    try {
      sql.tx(() => {
        sql.run('INSERT INTO t VALUES (1)');
        sql.run('INSERT INTO t VALUES (zeroblob(20000))');
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).extensions).toMatchObject({ code: 'STORAGE_FULL', messageEn: expect.stringContaining('out of storage') });
    expect((thrown as GraphQLError).message).not.toMatch(/SQLITE|disk is full/);
    expect(sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM t')?.n).toBe(0);
    expect(sql.health.trouble?.trouble).toBe('full');

    sql.db.pragma(`max_page_count = ${pages + 10}`);
    sql.tx(() => sql.run('INSERT INTO t VALUES (zeroblob(20000))'));
    expect(sql.health.trouble).toBeNull();
  });

  it('lets any other error through as it is', () => {
    const sql = new Sql(new Database(':memory:'));
    sql.db.exec('CREATE TABLE u (k TEXT PRIMARY KEY)');
    sql.run(`INSERT INTO u VALUES ('a')`);
    expect(() => sql.run(`INSERT INTO u VALUES ('a')`)).toThrow(/UNIQUE constraint failed/);
    expect(sql.health.trouble).toBeNull();
  });
});
