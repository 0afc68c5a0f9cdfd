import path from 'node:path';
import { isIsoDate, MIN_LOGIN_RECORD_DAYS } from '@chitieu/shared';

/** Where the database lives: an SQLite file by default, or a PostgreSQL database (DATABASE_URL=postgres://…). */
export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** The database as a person reads it: the SQLite file, or the PostgreSQL URL without its password. */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === 'sqlite') return database.file;
  const url = new URL(database.url);
  if (url.password) url.password = '***';
  return url.toString();
}

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** CHITIEU_TODAY: overrides the business clock stored in the database. */
  todayOverride: string | null;
  production: boolean;
  /** Seed the Bến Tre demo and its accounts into an empty database. */
  demo: boolean;
  /** The built console to serve at "/", if it exists. */
  clientDir: string;
  /** Introspection for everyone outside production; in production only for analysts and admins. */
  introspection: boolean;
  /** Scheduled online backups (CHITIEU_BACKUP_EVERY_HOURS > 0), kept CHITIEU_BACKUP_KEEP deep. */
  backup: { dir: string; everyHours: number; keep: number };
  /** CHITIEU_LOGIN_RECORD_DAYS: login throttling rows and ended sessions are deleted after this many days. */
  loginRecordDays: number;
  /** CHITIEU_LIVE_RECHECK_MS: how often an open socket's session is checked again (default 10 s). */
  liveRecheckMs: number;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');

export function databaseFromUrl(url: string | undefined): DatabaseConfig {
  if (!url) return { kind: 'sqlite', file: path.join(REPO_ROOT, 'data', 'chitieu.sqlite') };
  if (url.startsWith('sqlite:')) return { kind: 'sqlite', file: path.resolve(url.slice('sqlite:'.length)) };
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { kind: 'postgres', url };
  throw new Error(
    `DATABASE_URL must be sqlite:<path> or postgres://… (or unset for ./data/chitieu.sqlite), got "${url}".`,
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const port = env.PORT === undefined ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}".`);
  const today = env.CHITIEU_TODAY?.trim() || null;
  if (today !== null && !isIsoDate(today)) throw new Error(`CHITIEU_TODAY must be a date YYYY-MM-DD, got "${today}".`);
  const database = databaseFromUrl(env.DATABASE_URL);
  const everyHours = Number(env.CHITIEU_BACKUP_EVERY_HOURS ?? 0);
  const keep = Number(env.CHITIEU_BACKUP_KEEP ?? 14);
  if (!(everyHours >= 0) || !Number.isInteger(keep) || keep < 1) {
    throw new Error('CHITIEU_BACKUP_EVERY_HOURS must be a number ≥ 0 and CHITIEU_BACKUP_KEEP a whole number ≥ 1.');
  }
  const loginRecordDays = Number(env.CHITIEU_LOGIN_RECORD_DAYS ?? 90);
  if (!Number.isInteger(loginRecordDays) || loginRecordDays < MIN_LOGIN_RECORD_DAYS) {
    throw new Error(
      `CHITIEU_LOGIN_RECORD_DAYS must be a whole number of days ≥ ${MIN_LOGIN_RECORD_DAYS} (login throttling remembers known addresses for 30 days), got "${env.CHITIEU_LOGIN_RECORD_DAYS}".`,
    );
  }
  const liveRecheckMs = Number(env.CHITIEU_LIVE_RECHECK_MS ?? 10_000);
  if (!Number.isInteger(liveRecheckMs) || liveRecheckMs < 100 || liveRecheckMs > 300_000) {
    throw new Error(
      `CHITIEU_LIVE_RECHECK_MS must be a whole number of milliseconds from 100 to 300000, got "${env.CHITIEU_LIVE_RECHECK_MS}".`,
    );
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    database,
    todayOverride: today,
    production,
    demo: production ? env.CHITIEU_DEMO === '1' : env.CHITIEU_DEMO !== '0',
    clientDir: path.join(REPO_ROOT, 'client', 'dist'),
    introspection: !production,
    backup: {
      dir:
        env.CHITIEU_BACKUP_DIR ??
        path.join(database.kind === 'sqlite' ? path.dirname(database.file) : path.join(REPO_ROOT, 'data'), 'backups'),
      everyHours,
      keep,
    },
    loginRecordDays,
    liveRecheckMs,
  };
}
