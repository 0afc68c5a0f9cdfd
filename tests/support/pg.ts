import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from './paths';

/** The little of node-postgres the harness uses (the server's copy: the tests do not depend on pg). */
interface PgClient {
  connect(): Promise<void>;
  query(text: string): Promise<unknown>;
  end(): Promise<void>;
}
const pg = createRequire(path.join(REPO_ROOT, 'server', 'package.json'))('pg') as { Client: new (options: { connectionString: string }) => PgClient };

/**
 * CHITIEU_TEST_POSTGRES_URL: a PostgreSQL server the tests may create and drop databases on
 * (`npm test` then runs the api project a second time on it, as api-pg). Every test server gets
 * its own database, a copy of one migrated and seeded template (CREATE DATABASE … TEMPLATE).
 */
export const POSTGRES_URL = process.env.CHITIEU_TEST_POSTGRES_URL ?? '';

/** The URL of database `name` on the test server. */
export function databaseUrl(name: string): string {
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates database `name`, a copy of `template` when given (names are the harness's own: [a-z0-9_]). */
export async function createDatabase(name: string, template?: string): Promise<void> {
  await admin(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
}

export async function dropDatabase(name: string): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
