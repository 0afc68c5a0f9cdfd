import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { OUTPUT_DIR, REPO_ROOT, SERVER_MAIN, TEMPLATE_DB } from './paths';

/**
 * Once per run: migrate and seed one template database with the real server build. Each test
 * file copies it (fast, and every file starts from the same honest demo).
 */
export default function setup(): void {
  if (!fs.existsSync(SERVER_MAIN)) {
    throw new Error(`The server is not built (${SERVER_MAIN} is missing): run the tests with npm test, which builds first.`);
  }
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${TEMPLATE_DB}${suffix}`, { force: true });
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'server', 'dist', 'cli', 'prepare-database.js')], {
    env: { ...process.env, DATABASE_URL: `sqlite:${TEMPLATE_DB}`, NODE_ENV: 'test', CHITIEU_DEMO: '1', CHITIEU_TODAY: '' },
    stdio: 'inherit',
  });
}
