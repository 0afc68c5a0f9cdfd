import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ApiClient } from '../support/graphql';
import { dbRows } from '../support/db';
import { startServer, type TestServer } from '../support/server';

// Login bookkeeping is kept no longer than needed (CHITIEU_LOGIN_RECORD_DAYS, 90 by default):
// the server prunes it when it starts and every few hours. The rows are written into the file
// before the server starts, as months of use would have left them.
const DAY = 86_400_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-login-records-'));
const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the seeded demo with login rows of the given ages (days before now). */
function databaseWithHistory(name: string): string {
  const file = path.join(dir, `${name}.sqlite`);
  fs.copyFileSync(inject('templateDb'), file);
  const db = new Database(file);
  const now = Date.now();
  const ago = (days: number) => now - days * DAY;
  const iso = (days: number) => new Date(ago(days)).toISOString();
  const attempt = db.prepare(
    `INSERT INTO login_attempt (username, address, failures, last_failure_at, last_success_at) VALUES (?, ?, ?, ?, ?)`,
  );
  attempt.run('nguyen van a 0912345678', '10.9.0.1', 4, ago(120), null); // a mistyped name, months ago
  attempt.run('official', '10.9.0.2', 0, null, ago(40)); // the official's office, 40 days ago
  attempt.run('official', '10.9.0.3', 2, ago(2), ago(100)); // failed two days ago
  db.prepare(`INSERT INTO login_lock (username, failures, window_start, locked_until) VALUES (?, ?, ?, ?)`).run(
    'nguyen van a 0912345678',
    10,
    ago(120),
    ago(120) + 300_000,
  );
  const userId = db.prepare(`SELECT id FROM app_user WHERE username = 'official'`).pluck().get();
  const session = db.prepare(
    `INSERT INTO session (token_hash, user_id, created_at, last_seen_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  session.run('old-revoked', userId, iso(130), iso(129), iso(123), iso(129));
  session.run('old-idle', userId, iso(95), iso(95), iso(88), null); // idle since 95 days: ended long ago
  session.run('recent-expired', userId, iso(20), iso(14), iso(13), null);
  db.close();
  return file;
}

async function start(name: string, env: Record<string, string> = {}): Promise<TestServer> {
  const server = await startServer({ dbFile: databaseWithHistory(name), env });
  servers.push(server);
  return server;
}

describe('login records', () => {
  it('are pruned at start after 90 days: typed names, old locks and ended sessions go; recent ones stay', async () => {
    const server = await start('default');
    expect(server.output()).toMatch(/login records pruned.*"attempts":1.*"locks":1.*"sessions":2/);
    const attempts = await dbRows<{ username: string; address: string }>(
      server,
      `SELECT username, address FROM login_attempt ORDER BY address`,
    );
    expect(attempts).toEqual([
      { username: 'official', address: '10.9.0.2' },
      { username: 'official', address: '10.9.0.3' },
    ]);
    expect(await dbRows(server, `SELECT username FROM login_lock`)).toEqual([]);
    expect(
      await dbRows(
        server,
        `SELECT token_hash FROM session WHERE token_hash IN ('old-revoked', 'old-idle', 'recent-expired')`,
      ),
    ).toEqual([{ token_hash: 'recent-expired' }]);
    // Logging in still works, and is recorded as before.
    await new ApiClient(server.url).login('official');
    expect(
      await dbRows(
        server,
        `SELECT COUNT(*) AS n FROM session WHERE revoked_at IS NULL AND expires_at > ?`,
        new Date().toISOString(),
      ),
    ).toEqual([{ n: 1 }]);
  });

  it('follow CHITIEU_LOGIN_RECORD_DAYS', async () => {
    const server = await start('short', { CHITIEU_LOGIN_RECORD_DAYS: '31' });
    const attempts = await dbRows<{ address: string }>(server, `SELECT address FROM login_attempt ORDER BY address`);
    expect(attempts).toEqual([{ address: '10.9.0.3' }]);
    expect(await dbRows(server, `SELECT token_hash FROM session WHERE token_hash = 'recent-expired'`)).toEqual([
      { token_hash: 'recent-expired' },
    ]);
  });

  it('a retention shorter than throttling needs is refused at start with what to set', async () => {
    await expect(start('too-short', { CHITIEU_LOGIN_RECORD_DAYS: '7' })).rejects.toThrow(
      /CHITIEU_LOGIN_RECORD_DAYS must be a whole number of days ≥ 31/,
    );
  });
});
