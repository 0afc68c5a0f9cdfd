import type { CodegenConfig } from '@graphql-codegen/cli';

// The server emits ../shared/schema.graphql from its resolvers; the console's types come from it.
// src/gql/ is generated (pnpm --filter @chitieu/client codegen), committed, never edited by hand.
const schema = '../shared/schema.graphql';

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { Date: 'string' },
        strictScalars: true,
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
