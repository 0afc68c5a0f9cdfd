import 'reflect-metadata';
import { log } from './core/log';
import { loadConfig, describeDatabase } from './config';
import { DEMO_ACCOUNTS } from './seed/seed-demo';
import { startServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config);
  const stop = async (signal: string) => {
    log.info('shutting down', { signal });
    const drained = await server.close();
    log.info('stopped', { drained });
    process.exit(drained ? 0 : 1);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  const lines = [
    '',
    `  chitieu đang chạy / is running: ${server.url}/`,
    `  GraphQL: ${server.url}/graphql   ·   health: ${server.url}/healthz`,
    `  Cơ sở dữ liệu / database: ${describeDatabase(config.database)}`,
    `  Hôm nay (đồng hồ nghiệp vụ) / today (business clock): ${await server.services.clock.today()}`,
  ];
  if (config.demo && (await server.services.sql.get(`SELECT 1 FROM app_user WHERE username = 'admin'`))) {
    lines.push('  Tài khoản mẫu / demo accounts (mật khẩu / password "demo"):');
    // The accounts as stored: the national seed's admin is scoped to Việt Nam, not to Bến Tre.
    for (const a of DEMO_ACCOUNTS) {
      const stored = await server.services.sql.get<{ role: string; code: string; name: string }>(
        `SELECT a.role, u.code, u.name FROM app_user a JOIN unit u ON u.id = a.scope_unit_id WHERE a.username = ?`,
        a.username,
      );
      if (stored)
        lines.push(
          `    ${a.username.padEnd(9)} ${stored.role.padEnd(9)} ${stored.code === a.scopeCode ? a.scopeLabel : `${stored.name} (${stored.code})`}`,
        );
    }
  } else if ((await server.services.access.userCount()) === 0) {
    lines.push('  Chưa có người dùng. Tạo quản trị viên đầu tiên / No users yet. Create the first admin:');
    lines.push('    npm run create-admin -- --username <tên> --scope <mã đơn vị>');
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const hint = /database is locked|SQLITE_BUSY/.test(message)
    ? 'Cơ sở dữ liệu đang bận: có một máy chủ chitieu khác chạy trên cùng tệp? / The database is busy: is another chitieu server using the same file?'
    : undefined;
  log.error('failed to start', { error: message, ...(hint ? { hint } : {}) });
  process.exit(1);
});
