import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(`${root}server/package.json`);

// One graphql for everything vitest loads: without the alias its ESM and CJS builds can both load
// ("Cannot use GraphQLSchema from another module or realm").
const alias = {
  '@chitieu/shared': `${root}shared/src/index.ts`,
  graphql: require.resolve('graphql'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      'client/vitest.config.ts',
      { resolve: { alias }, test: { name: 'shared', include: ['shared/src/**/*.test.ts'] } },
      { resolve: { alias }, test: { name: 'server', include: ['server/src/**/*.test.ts'] } },
      {
        resolve: { alias },
        test: { name: 'api', include: ['tests/api/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
