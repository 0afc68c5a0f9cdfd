import 'reflect-metadata';
import { createServices } from '../app/services';
import { describeDatabase, loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { SYSTEM_ACTOR } from '../modules/audit/audit.service';
import { loadOfficialUnitsIfEmpty } from '../seed/official-units';
import { readPassword } from './read-password';
import type { Role } from '@chitieu/shared';
import { userMessage } from '../app/storage-errors';

const USAGE = `Tạo quản trị viên / create an administrator:
  npm run create-admin -- --username <name> --scope <unit code> [--role ADMIN|OFFICIAL|ANALYST] [--password-stdin]
The password is asked for (not shown), or read from standard input with --password-stdin.`;

function parseArgs(argv: string[]): { username: string; scope: string; role: Role; passwordStdin: boolean } {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const username = get('--username');
  const scope = get('--scope');
  if (!username || !scope) throw new Error(USAGE);
  return {
    username,
    scope,
    role: (get('--role') ?? 'ADMIN') as Role,
    passwordStdin: argv.includes('--password-stdin'),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const password = await readPassword(args.passwordStdin);
  if (config.production && password.length < 10) {
    throw new Error('Mật khẩu cần ít nhất 10 ký tự. / The password needs at least 10 characters.');
  }
  const dataSource = await openDatabase(config.database);
  try {
    const services = createServices(dataSource, config);
    await loadOfficialUnitsIfEmpty(services);
    await services.access.createUser(
      { username: args.username, password, role: args.role, scopeCode: args.scope },
      { ...SYSTEM_ACTOR, username: 'create-admin' },
    );
    process.stdout.write(
      `Đã tạo / created ${args.role} "${args.username}" (phạm vi / scope ${args.scope}) in ${describeDatabase(config.database)}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${userMessage(error)}\n`);
  process.exit(1);
});
