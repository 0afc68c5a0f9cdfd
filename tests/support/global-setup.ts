import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { OUTPUT_DIR, REPO_ROOT, SERVER_MAIN } from './paths';
import { createDatabase, databaseUrl, dropDatabase } from './pg';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDb: string;
    /** api-pg and e2e-pg: the PostgreSQL database every test server's database is copied from. */
    templatePg: string;
  }
}

/**
 * Once per run: migrate and seed one template database with the real server build. Each test
 * file copies it (fast, and every file starts from the same honest demo).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void> | void> {
  if (project.name.endsWith('-pg')) return setupPostgres(project);
  if (!fs.existsSync(SERVER_MAIN)) {
    throw new Error(
      `The server is not built (${SERVER_MAIN} is missing): run the tests with npm test, which builds first.`,
    );
  }
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  // One file per run and project (each project runs its own setup, in the same process), so two
  // runs at once never share a template.
  const templateDb = path.join(OUTPUT_DIR, `template-${process.pid}-${project.name}.sqlite`);
  const remove = () => {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${templateDb}${suffix}`, { force: true });
  };
  remove();
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'server', 'dist', 'cli', 'prepare-database.js')], {
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${templateDb}`,
      NODE_ENV: 'test',
      CHITIEU_DEMO: '1',
      CHITIEU_TODAY: '',
    },
    stdio: 'inherit',
  });
  project.provide('templateDb', templateDb);
  return remove;
}

/**
 * The same template on PostgreSQL: a database migrated and seeded by the real build, copied per
 * test server. Seeding it takes a minute or more, so api-pg and e2e-pg share one: each project
 * loads this file on its own, the run's template lives on globalThis, and the last project to
 * finish drops it.
 */
const SHARED = Symbol.for('chitieu.test.templatePg');
interface SharedTemplate {
  name: Promise<string>;
  users: number;
}

async function setupPostgres(project: TestProject): Promise<() => Promise<void>> {
  const registry = globalThis as { [SHARED]?: SharedTemplate };
  const shared = (registry[SHARED] ??= { name: makePostgresTemplate(), users: 0 });
  shared.users++;
  const template = await shared.name;
  project.provide('templatePg', template);
  project.provide('templateDb', '');
  return async () => {
    if (--shared.users > 0) return;
    delete registry[SHARED];
    await dropDatabase(template);
  };
}

async function makePostgresTemplate(): Promise<string> {
  const template = `chitieu_template_${process.pid}`;
  await dropDatabase(template);
  await createDatabase(template);
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'server', 'dist', 'cli', 'prepare-database.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl(template),
      NODE_ENV: 'test',
      CHITIEU_DEMO: '1',
      CHITIEU_TODAY: '',
    },
    stdio: 'inherit',
  });
  return template;
}
