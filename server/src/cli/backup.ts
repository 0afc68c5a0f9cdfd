import path from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../config';
import { backupFileName, pruneBackups, restoreBackup, snapshotInto, verifyBackup } from '../modules/ops/backup';

const USAGE = `Sao lưu / back up:   npm run backup -- [--to <file> | --dir <folder>] [--keep <n>]
Khôi phục / restore: npm run restore -- --from <file>      (stop the server first)
The database is the one DATABASE_URL names (default ./data/chitieu.sqlite).`;

function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(argv: string[]): void {
  const [command, ...args] = argv;
  const { database } = loadConfig();
  if (database.kind === 'postgres') {
    throw new Error(
      [
        'Trên PostgreSQL, sao lưu và khôi phục là việc của cơ sở dữ liệu: dùng pg_dump / pg_restore (bản sao logic) hoặc pg_basebackup với lưu trữ WAL (khôi phục đến một thời điểm).',
        "On PostgreSQL, backups and restores are the database's job: use pg_dump / pg_restore (a logical copy) or pg_basebackup with WAL archiving (point-in-time recovery).",
      ].join('\n'),
    );
  }
  if (command === 'backup') {
    const dir = flag(args, '--dir') ?? path.join(path.dirname(database.file), 'backups');
    const file = path.resolve(flag(args, '--to') ?? path.join(dir, backupFileName()));
    const db = new Database(database.file, { readonly: true, fileMustExist: true });
    try {
      snapshotInto(db, file);
    } finally {
      db.close();
    }
    const report = verifyBackup(file);
    if (report.integrity !== 'ok') throw new Error(`The new backup failed integrity_check: ${report.integrity}`);
    const keep = flag(args, '--keep');
    const removed = keep ? pruneBackups(path.dirname(file), Number(keep)) : [];
    process.stdout.write(`${JSON.stringify({ backup: report, removed })}\n`);
  } else if (command === 'restore') {
    const from = flag(args, '--from');
    if (!from) throw new Error(USAGE);
    const report = restoreBackup(path.resolve(from), database.file);
    process.stdout.write(`${JSON.stringify({ restored: report, into: database.file })}\n`);
  } else {
    throw new Error(USAGE);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
