import type { CodegenConfig } from '@graphql-codegen/cli';

// Generates from the committed schema file, never from a running server, so builds are repeatable.
const config: CodegenConfig = {
  schema: 'libs/graphql/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    'libs/graphql/src/client/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { LangMap: 'Record<string, string>', JSON: 'unknown', DateTime: 'string' },
      },
    },
  },
};

export default config;
