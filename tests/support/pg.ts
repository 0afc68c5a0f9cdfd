import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from './paths';

/** The little of node-postgres the harness uses (the server's copy: the tests do not depend on pg). */
interface PgClient {
  connect(): Promise<void>;
  query(text: string, values?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
  end(): Promise<void>;
}
type TypeParser = (value: string) => unknown;
interface PgTypes {
  getTypeParser(oid: number, format?: string): TypeParser;
}
const pg = createRequire(path.join(REPO_ROOT, 'server', 'package.json'))('pg') as {
  Client: new (options: { connectionString: string; types?: PgTypes }) => PgClient;
  types: PgTypes;
};

/** bigint (COUNT, SUM) and numeric come back as numbers, as better-sqlite3 gives them. */
const NUMBERS: PgTypes = {
  getTypeParser: (oid, format) => (oid === 20 || oid === 1700 ? Number : pg.types.getTypeParser(oid, format)),
};

/**
 * CHITIEU_TEST_POSTGRES_URL: a PostgreSQL server the tests may create and drop databases on
 * (`npm test` then runs the api and e2e projects a second time on it, as api-pg and e2e-pg).
 * Every test server gets its own database, a copy of one migrated and seeded template
 * (CREATE DATABASE … TEMPLATE).
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

/**
 * Runs one statement on the database at `url` and returns its rows. `?` placeholders become
 * `$1, $2, …` (outside quotes), so the tests write one SQL for both engines.
 */
export async function pgRows(url: string, text: string, params: unknown[]): Promise<Array<Record<string, unknown>>> {
  const client = new pg.Client({ connectionString: url, types: NUMBERS });
  await client.connect();
  try {
    return (await client.query(dollarPlaceholders(text), params)).rows;
  } finally {
    await client.end();
  }
}

function dollarPlaceholders(text: string): string {
  let n = 0;
  return text.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (m) => (m === '?' ? `$${++n}` : m));
}

/** Creates database `name`, a copy of `template` when given (names are the harness's own: [a-z0-9_]). */
export async function createDatabase(name: string, template?: string): Promise<void> {
  await admin(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
}

export async function dropDatabase(name: string): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
