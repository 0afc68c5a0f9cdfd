import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const sharedSource = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));
const api = process.env.CHITIEU_API ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  // Vite compiles the shared rules from their TypeScript source (no build step for shared in dev).
  resolve: { alias: { '@chitieu/shared': sharedSource } },
  server: {
    port: 5173,
    // /api: the plain HTTP endpoints (CSV exports and imports), same session cookie.
    // /graphql carries the live socket too (graphql-ws), hence ws.
    proxy: { '/graphql': { target: api, ws: true }, '/healthz': api, '/api': api },
  },
  // The query editor's Monaco workers are module workers: the GraphQL one imports prettier lazily.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
});
