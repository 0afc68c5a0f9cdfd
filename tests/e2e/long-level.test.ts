import { formatRate } from '@chitieu/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The benchmark's synthetic level (figure 7), here at 600 rows: longer than the 200 rows the
// explorer reads with their figures in one answer, so its figures come a window at a time.
import { addSyntheticLevel } from '../bench/console-explorer.mjs';
import { launchBrowser } from '../support/browser';
import { ApiClient } from '../support/graphql';
import { startServer, type TestServer } from '../support/server';
import { logIn, openConsole, shot } from './console-helpers';

const SIZE = 600;

/**
 * No level of the real tree has more than 200 rows, so a long level (a ministry's own lists, the
 * benchmark's 10,000 hamlets) is written into the server's database (SQLite or PostgreSQL) once it
 * runs, before the console asks it anything.
 */
describe('console: a level of 600 hamlets', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let level: { path: string[]; lastCode: string; size: number };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    level = await addSyntheticLevel(server, { username: 'admin', size: SIZE });
    ({ page, errors } = await openConsole(browser, server.url));
    await logIn(page, 'admin');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const row = (code: string) => page.locator(`[role="treeitem"][data-code="${code}"]`);

  it("expands, scrolls to its last row and shows that row's own figure", async () => {
    for (const [i, code] of level.path.entries()) {
      if (i === 0) continue;
      const parent = row(level.path[i - 1]!);
      if ((await parent.getAttribute('aria-expanded')) !== 'true') await parent.locator('.twistie').click();
      await row(code).waitFor();
    }
    await row(level.path.at(-1)!).locator('.twistie').click();
    const first = row(`${level.path.at(-1)}.00001`);
    await first.waitFor();
    expect(await first.textContent()).toContain('Ấp mô phỏng 1');

    // Virtualised: a few dozen rows in the page, not 600.
    expect(await page.locator('[role="treeitem"]').count()).toBeLessThan(150);

    const last = row(level.lastCode);
    await page.locator('#explorer-tree').evaluate((tree) => (tree.scrollTop = tree.scrollHeight));
    await last.waitFor();
    const badge = last.locator('.rate-badge:not(.pending)');
    await badge.waitFor({ timeout: 30_000 });

    const admin = await new ApiClient(server.url).login('admin');
    const answer = await admin.data(
      `query ($code: String!) { unit(code: $code) { progress(campaign: "DDDT-2023") { activatedRate } } }`,
      { code: level.lastCode },
    );
    expect(await badge.textContent()).toBe(formatRate(answer.unit.progress.activatedRate, 'vi'));
    expect(await last.textContent()).toContain(`Ấp mô phỏng ${SIZE}`);
    await shot(page, '40-explorer-long-level-end');

    expect(errors).toEqual([]);
  });
});
