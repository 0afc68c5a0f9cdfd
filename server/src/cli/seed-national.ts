import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { createServices } from '../app/services';
import { loadConfig } from '../config';
import { openDatabase, rawDatabase } from '../db/data-source';
import { NATIONAL_PASSWORD, seedNational, type NationalSeedResult, type Stage } from '../seed/national/seed-national';
import { progressBar } from './progress-bar';
import { userMessage } from '../app/storage-errors';

const USAGE = `Dữ liệu mẫu toàn quốc / seed the whole country:
  npm run seed:national -- [--database data/national.sqlite | --database-url postgres://user@host/db] [--force] [--days 60] [--hamlets-per-commune 8] [--provinces 63 | --province-codes 45,77]
--database-url (or DATABASE_URL=postgres://…) seeds a PostgreSQL database instead of an SQLite file;
--force replaces an existing database; --provinces N seeds only the first N provinces by GSO code,
--province-codes only those listed (45 Quảng Trị and 77 Bà Rịa - Vũng Tàu hold two island districts).`;

interface Args {
  database: string;
  /** A PostgreSQL database to seed instead of the SQLite file. */
  databaseUrl: string | null;
  force: boolean;
  days: number;
  hamletsPerCommune: number;
  provinces: number | string[] | null;
}

const isPostgres = (url: string | undefined) => Boolean(url && /^postgres(ql)?:\/\//.test(url));

function parseArgs(argv: string[], env: NodeJS.ProcessEnv): Args {
  const fromEnv = isPostgres(env.DATABASE_URL) ? env.DATABASE_URL! : null;
  const args: Args = {
    database: path.resolve('data', 'national.sqlite'),
    databaseUrl: fromEnv,
    force: false,
    days: 60,
    hamletsPerCommune: 8,
    provinces: null,
  };
  const whole = (flag: string, value: string | undefined, min: number, max: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`${flag}: một số nguyên từ ${min} đến ${max} / a whole number from ${min} to ${max}.\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (flag === '--force') args.force = true;
    else if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    else if (value === undefined) throw new Error(`${flag}: thiếu giá trị / missing value.\n${USAGE}`);
    else {
      i++;
      if (flag === '--database') {
        args.database = path.resolve(value);
        args.databaseUrl = null;
      } else if (flag === '--database-url') {
        if (!isPostgres(value))
          throw new Error(
            `--database-url: cần postgres://… / needs postgres://…; an SQLite file goes with --database.\n${USAGE}`,
          );
        args.databaseUrl = value;
      } else if (flag === '--days') args.days = whole(flag, value, 1, 366);
      else if (flag === '--hamlets-per-commune') args.hamletsPerCommune = whole(flag, value, 1, 95);
      else if (flag === '--provinces') args.provinces = whole(flag, value, 1, 63);
      else if (flag === '--province-codes')
        args.provinces = value
          .split(',')
          .map((code) => code.trim())
          .filter(Boolean);
      else throw new Error(`Không rõ tuỳ chọn / unknown option "${flag}".\n${USAGE}`);
    }
  }
  return args;
}

/** Bytes the seed needs on disk, measured on full runs (about 68 bytes a report) with room for the WAL. */
function neededBytes(args: Args): number {
  const provinces =
    args.provinces === null ? 63 : typeof args.provinces === 'number' ? args.provinces : args.provinces.length;
  const communes = Math.round((10_598 * provinces) / 63);
  const reports = communes * args.hamletsPerCommune * args.days;
  return Math.round(reports * 68 * 1.25 + 64 * 1024 * 1024);
}

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

function checkDisk(dir: string, needed: number): void {
  const { bavail, bsize } = fs.statfsSync(dir);
  const free = bavail * bsize;
  if (free < needed) {
    throw new Error(
      `Không đủ dung lượng đĩa trong ${dir}: còn ${mb(free)}, cần khoảng ${mb(needed)}. Giải phóng dung lượng hoặc chọn --database ở ổ khác.\n` +
        `Not enough free disk in ${dir}: ${mb(free)} free, about ${mb(needed)} needed. Free some space or point --database at another disk.`,
    );
  }
  process.stderr.write(`Đĩa / disk: ${mb(free)} free, about ${mb(needed)} needed.\n`);
}

const STAGES: Record<Stage, string> = {
  tree: 'Cây đơn vị / tree',
  story: 'Chỉ tiêu, số liệu / targets, tallies',
  units: 'Ghi đơn vị / writing units',
  targets: 'Ghi chỉ tiêu / writing targets',
  reports: 'Ghi báo cáo ấp / hamlet reports',
  rollups: 'Ghi tổng hợp / roll-ups',
  accounts: 'Tài khoản, nhật ký / accounts, audit',
  analyze: 'Dọn, thống kê bảng / vacuum, analyze',
};

/** The path as typed from here when it is below here, else absolute. */
function shortPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** The URL without its password, to print. */
function safeUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

interface Seeded {
  result: NationalSeedResult;
  where: string;
  size: number;
  start: string;
}

/** Into `FILE.seeding`, renamed at the end: a failed run never leaves half a country. */
async function seedSqlite(args: Args, started: number): Promise<Seeded> {
  const dir = path.dirname(args.database);
  fs.mkdirSync(dir, { recursive: true });
  if (fs.existsSync(args.database) && fs.statSync(args.database).size > 0 && !args.force) {
    throw new Error(
      `${args.database} đã có dữ liệu; thêm --force để thay. / ${args.database} is not empty; add --force to replace it.`,
    );
  }
  checkDisk(dir, neededBytes(args));
  const building = `${args.database}.seeding`;
  removeDatabase(building);
  const config = { ...loadConfig({ ...process.env, DATABASE_URL: `sqlite:${building}` }), demo: false };
  const bar = progressBar(process.stderr, started);
  bar.stage('Tạo bảng / migrations')(1, 1);
  const dataSource = await openDatabase(config.database);
  const db = rawDatabase(dataSource);
  let result: NationalSeedResult;
  try {
    // The bulk load need not survive a power cut (it is redone from scratch): no fsync until the end.
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    const services = createServices(dataSource, config);
    result = await seedNational(services, args, (stage) => bar.stage(STAGES[stage]));
    bar.stage('Ghi xuống đĩa / checkpoint')(0, 1);
    db.pragma('synchronous = FULL');
    db.pragma('wal_checkpoint(TRUNCATE)');
    bar.end();
  } finally {
    await dataSource.destroy();
  }
  removeDatabase(args.database);
  fs.renameSync(building, args.database);
  return {
    result,
    where: args.database,
    size: fs.statSync(args.database).size,
    start: `DATABASE_URL=sqlite:${shortPath(args.database)} npm start`,
  };
}

/**
 * Into the PostgreSQL database named: migrated, then seeded in one transaction (a failed run
 * changes nothing), then vacuumed and analysed. Its free disk is the server's, which a client
 * cannot see: the command says so and prints the estimate instead.
 */
async function seedPostgres(args: Args & { databaseUrl: string }, started: number): Promise<Seeded> {
  const config = { ...loadConfig({ ...process.env, DATABASE_URL: args.databaseUrl }), demo: false };
  process.stderr.write(
    `Đĩa / disk: không kiểm tra được dung lượng trống của máy chủ PostgreSQL từ đây; cần khoảng ${mb(neededBytes(args) * 2)}. / ` +
      `the PostgreSQL server's free disk cannot be checked from here; about ${mb(neededBytes(args) * 2)} needed.\n`,
  );
  const bar = progressBar(process.stderr, started);
  bar.stage('Tạo bảng / migrations')(1, 1);
  const dataSource = await openDatabase(config.database);
  let result: NationalSeedResult;
  let size: number;
  try {
    const services = createServices(dataSource, config);
    if (!args.force && (await services.sql.get(`SELECT 1 FROM unit LIMIT 1`))) {
      throw new Error(
        `${safeUrl(args.databaseUrl)} đã có dữ liệu; thêm --force để thay. / ${safeUrl(args.databaseUrl)} is not empty; add --force to replace it.`,
      );
    }
    result = await seedNational(services, { ...args, replace: args.force }, (stage) => bar.stage(STAGES[stage]));
    bar.end();
    size = Number(
      (await services.sql.get<{ size: number }>(`SELECT pg_database_size(current_database()) AS size`))!.size,
    );
  } finally {
    await dataSource.destroy();
  }
  return {
    result,
    where: safeUrl(args.databaseUrl),
    size,
    start: `DATABASE_URL=${safeUrl(args.databaseUrl)} npm start`,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), process.env);
  const started = Date.now();
  const { databaseUrl } = args;
  const { result, where, size, start } = databaseUrl
    ? await seedPostgres({ ...args, databaseUrl }, started)
    : await seedSqlite(args, started);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const c = result.counts;
  const out = [
    `Xong / done: ${where}`,
    `  ${c.provinces} tỉnh / provinces, ${c.districts} huyện / districts, ${c.communes} xã / communes, ${c.hamlets.toLocaleString('en-US')} ấp / hamlets (synthetic)`,
    `  chiến dịch / campaign ${result.campaignCode}: ${c.targets.toLocaleString('en-US')} targets, ${c.reports.toLocaleString('en-US')} reports, ${c.rollups.toLocaleString('en-US')} roll-up rows, today ${result.today}`,
    `  huyện đảo không có xã / island districts without communes (target 0, no hamlets): ${result.islands.map((d) => `${d.code} ${d.name}`).join(', ') || '—'}`,
    `  tài khoản / accounts (password "${NATIONAL_PASSWORD}"): ${result.accounts.map((a) => `${a.username} (${a.role}, ${a.scopeLabel})`).join('; ')}`,
    `  dung lượng / size ${mb(size)} (${size.toLocaleString('en-US')} bytes), ${seconds} s`,
    `Chạy / start: ${start}`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${userMessage(error)}\n`);
  process.exit(1);
});
