// One lint for the whole workspace (npm test runs it). Type-aware rules need the programs of
// tsconfig.check.json (shared, server, tests) and client/tsconfig.json (the console).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'client/src/gql/**',
      'client/codegen/**',
      'tests/output/**',
      '**/*.js',
      'client/public/**',
    ],
  },
  {
    // The project's scripts (start, test, bench, soak): plain Node modules, JavaScript's own rules.
    files: ['**/*.mjs'],
    ...js.configs.recommended,
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: globals.node },
  },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ['**/*.{ts,tsx,mts}'] })),
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.check.json', './client/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Decorated classes need their runtime imports (type-graphql and TypeORM read them).
    files: ['server/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['shared/src/**/*.ts'],
    ignores: ['shared/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'http', 'crypto'], message: 'shared is pure: no I/O.' },
            {
              group: ['@chitieu/server', '@chitieu/client', '**/server/**', '**/client/**'],
              message: 'shared imports neither server nor client.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['@chitieu/client', '**/client/**'], message: 'The server never imports the console.' }],
        },
      ],
    },
  },
  {
    // The server's layers point one way: core/ (errors, log, scalars, pagination) below db/, db/
    // below the modules, app/ composing them all on top.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../app/*', '../db/*', '../modules/*', '../seed/*'],
              message: 'core/ is the bottom layer: it imports nothing else of the server.',
            },
            { group: ['@chitieu/client', '**/client/**'], message: 'The server never imports the console.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../app/*', '../../app/*'],
              message:
                'db/ sits below app/: storage errors are its own (StorageError), mapped to GraphQL errors in app/.',
            },
            {
              group: ['graphql', '../core/errors'],
              message:
                'db/ throws its own errors (StorageError, db/storage.ts); app/storage-errors.ts answers them as GraphQL errors.',
            },
            { group: ['@chitieu/client', '**/client/**'], message: 'The server never imports the console.' },
          ],
        },
      ],
    },
  },
  {
    // The modules sit below app/, the composition root: each says what it provides and needs in
    // its <module>.module.ts, and app/ composes them. Types too: the context's are in modules/context.ts.
    files: ['server/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../app', '../app/*', '../../app', '../../app/*', '../../../app', '../../../app/*'],
              message:
                'modules/ never import app/ (values or types): app/ composes the modules from their <module>.module.ts.',
            },
            { group: ['@chitieu/client', '**/client/**'], message: 'The server never imports the console.' },
          ],
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@chitieu/server', '**/server/**'],
              message: 'The console talks to the server over GraphQL only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/src/workbench/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/**'], message: 'The workbench knows views and commands, never a domain.' },
            {
              group: ['@chitieu/server', '**/server/**'],
              message: 'The console talks to the server over GraphQL only.',
            },
          ],
        },
      ],
    },
  },
  ...[1, 2, 3].map((depth) => ({
    // A file `depth` folders below client/src/features/<feature>/ reaches another feature through
    // "../" × depth + "<other>/…"; only "<other>" or "<other>/index" may be named.
    files: [`client/src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^${'\\.\\./'.repeat(depth)}[^./][^/]*/(?!index$).+`,
              message: 'Features import each other only through their index.ts.',
            },
            {
              group: ['@chitieu/server', '**/server/**'],
              message: 'The console talks to the server over GraphQL only.',
            },
          ],
        },
      ],
    },
  })),
);
