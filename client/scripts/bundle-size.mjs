#!/usr/bin/env node
// Prints the gzip size of the console's initial JavaScript: the entry script that dist/index.html
// loads and every chunk it preloads. Lazily loaded chunks (charts) are listed apart and not
// counted. Exits 1 when the initial JavaScript is over the budget (500 KB gzipped).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 500 * 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch {
  console.error('client/dist/index.html is missing: build the console first (pnpm --filter @chitieu/client build).');
  process.exit(1);
}

const initial = new Set(
  [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map(
    (m) => m[1],
  ),
);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let total = 0;
console.log('Initial JavaScript (gzip):');
for (const file of initial) {
  const size = gz(file);
  total += size;
  console.log(`  ${file.padEnd(48)} ${kb(size).padStart(10)}`);
}
const lazy = readdirSync(join(dist, 'assets'))
  .filter((name) => name.endsWith('.js') && !initial.has(`assets/${name}`))
  .map((name) => `assets/${name}`);
if (lazy.length) {
  console.log('Loaded later, on demand (gzip, not counted):');
  for (const file of lazy) console.log(`  ${file.padEnd(48)} ${kb(gz(file)).padStart(10)}`);
}
console.log(`Initial JavaScript total: ${kb(total)} gzipped (budget ${kb(BUDGET)})`);
if (total > BUDGET) {
  console.error('Over budget: load more of the console lazily.');
  process.exit(1);
}
