import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen';

const CLIENT_DIR = fileURLToPath(new URL('..', import.meta.url));
const COMMITTED = path.join(CLIENT_DIR, 'src/gql');
const REGENERATE =
  'run `npx pnpm@12.4.2 --filter @chitieu/client run codegen` (or `cd client && ../node_modules/.bin/graphql-codegen --config codegen.ts`) to regenerate client/src/gql, and commit it';

const filesOf = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((name) => fs.statSync(path.join(dir, name)).isFile())
    .sort();

describe('the generated client types', () => {
  it("are what codegen makes of shared/schema.graphql and the console's operations", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-gql-'));
    try {
      const output = Object.values(config.generates)[0]!;
      await generate({ ...config, cwd: CLIENT_DIR, silent: true, generates: { [`${out}/`]: output } }, true);
      expect(filesOf(out), REGENERATE).toEqual(filesOf(COMMITTED));
      for (const name of filesOf(out)) {
        const fresh = fs.readFileSync(path.join(out, name), 'utf8');
        expect(
          fs.readFileSync(path.join(COMMITTED, name), 'utf8') === fresh,
          `client/src/gql/${name} is stale: ${REGENERATE}`,
        ).toBe(true);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 20_000);
});
