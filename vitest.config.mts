import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(`${root}server/package.json`);

// One graphql for everything vitest loads: without the alias its ESM and CJS builds can both load
// ("Cannot use GraphQLSchema from another module or realm").
const alias = {
  '@chitieu/shared': `${root}shared/src/index.ts`,
  graphql: require.resolve('graphql'),
};

// The api files that run again on PostgreSQL (project api-pg, when CHITIEU_TEST_POSTGRES_URL names
// a server the tests may create databases on), the fuzz of every mutation included. The other api
// files test SQLite itself: its file, backups, crashes and full disks, the import's worker.
const API_ON_POSTGRES = [
  'access',
  'analytics-examples',
  'analytics-limits',
  'analytics-saved-queries',
  'audit',
  'campaigns',
  'csv',
  'directives-report',
  'directives-write',
  'directives',
  'fuzz-mutations',
  'graphql-over-http',
  'http',
  'introspection',
  'login-throttle',
  'matrix',
  'response-cache',
  'story',
  'tallies',
  'targets',
  'unit-search',
  'users',
  'concurrency',
  'tally-replay',
  'live',
  'live-instances',
  'national-seed-postgres',
].map((name) => `tests/api/${name}.test.ts`);

// Api files about PostgreSQL alone: they run in api-pg only, never skipped in api.
// live-instances: two processes on one database, which only PostgreSQL serves (SQLite is one process's).
const POSTGRES_ONLY = ['tests/api/national-seed-postgres.test.ts', 'tests/api/live-instances.test.ts'];

// The browser journeys run again on PostgreSQL, every one (project e2e-pg): the console served by
// a server on its own copy of the PostgreSQL template (api-pg's: no second seed). The whole suite
// costs about two minutes more (146 s of tests on PostgreSQL against 217 s on SQLite, one after the
// other on 2 cores; 108 s in a full run), too little to choose a subset and leave a journey
// untested there.

/** A browser project: one file at a time (each drives its own Chromium against its own server). */
function e2e(name: string) {
  return {
    resolve: { alias },
    test: {
      name,
      include: ['tests/e2e/**/*.test.ts'],
      globalSetup: ['tests/support/global-setup.ts'],
      testTimeout: 60_000,
      hookTimeout: 90_000,
      fileParallelism: false,
    },
  };
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      'client/vitest.config.ts',
      { resolve: { alias }, test: { name: 'shared', include: ['shared/src/**/*.test.ts'] } },
      { resolve: { alias }, test: { name: 'server', include: ['server/src/**/*.test.ts'] } },
      { test: { name: 'docs', include: ['tests/docs/**/*.test.ts'] } },
      {
        resolve: { alias },
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...POSTGRES_ONLY],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(process.env.CHITIEU_TEST_POSTGRES_URL
        ? [
            {
              resolve: { alias },
              test: {
                name: 'api-pg',
                include: API_ON_POSTGRES,
                globalSetup: ['tests/support/global-setup.ts'],
                testTimeout: 120_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      e2e('e2e'),
      ...(process.env.CHITIEU_TEST_POSTGRES_URL ? [e2e('e2e-pg')] : []),
    ],
  },
});
