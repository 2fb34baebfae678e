import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const repo = resolve(import.meta.dirname, '../..');
// KARTASTO_API points the dev server at an API on another port.
const api = process.env.KARTASTO_API ?? 'http://127.0.0.1:3000';

// No React plugin: Vite's own transform compiles JSX with the automatic runtime.
export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  resolve: {
    alias: {
      '@kartasto/metamodel': resolve(repo, 'libs/metamodel/src/index.ts'),
      '@kartasto/graphql': resolve(repo, 'libs/graphql/src/index.ts'),
      '@kartasto/diagram': resolve(repo, 'libs/diagram/src/index.ts'),
    },
  },
  build: {
    outDir: resolve(repo, 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // React Query marks files "use client" for server-component bundlers; meaningless in a SPA.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': api, '/api': api } },
});
