import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Component and unit tests of the console, beside the code (*.test.ts, *.test.tsx).
export default defineConfig({
  resolve: { alias: { '@chitieu/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) } },
  test: {
    name: 'client',
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
