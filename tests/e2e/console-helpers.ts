import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR as ALL_SCREENSHOTS, screenshot } from '../support/browser';
import { startServer, type TestServer } from '../support/server';

/**
 * Where this run's screenshots and PDFs go: tests/output/screenshots, or its postgres folder when
 * the console runs on PostgreSQL (e2e-pg), as both projects run at once and name files alike.
 */
export const SCREENSHOT_DIR = inject('templatePg') ? path.join(ALL_SCREENSHOTS, 'postgres') : ALL_SCREENSHOTS;

/** A fresh page at a desktop size, failing the test on any uncaught error in the console. */
export async function openConsole(
  browser: Browser,
  url: string,
  errors: string[] = [],
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

/** The real server and a browser on the console: the start of every journey. */
export interface ConsoleSession {
  server: TestServer;
  browser: Browser;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/** Starts the server and a browser on the console; the page's uncaught errors go into `errors`. */
export async function startConsole(errors: string[] = []): Promise<ConsoleSession> {
  const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const { page } = await openConsole(browser, server.url, errors);
  return {
    server,
    browser,
    page,
    errors,
    async close() {
      console.log(`Screenshots of the console: ${SCREENSHOT_DIR}`);
      await browser.close();
      await server.stop();
    },
  };
}

export async function logIn(page: Page, username: string, password = 'demo'): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // A phone opens on the editor area (the side bar is a drawer, closed); a desktop on the tree.
  if ((page.viewportSize()?.width ?? 1440) <= 600) await page.locator('[data-part="editor"]').waitFor();
  else await page.getByRole('tree').getByRole('treeitem').first().waitFor();
}

/** Waits until the locator's text contains `text` (playwright-core has no expect). */
export async function waitForText(locator: Locator, text: string, timeout = 15_000): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout });
}

export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.first().textContent()) ?? '').trim();
}

/** The figures of the unit editor in the active group. */
export function editor(page: Page) {
  const root = page.locator('.editor-group.active [data-testid="unit-editor"]');
  return {
    root,
    title: root.locator('.unit-name'),
    target: root.getByTestId('kpi-target-value'),
    collectedRate: root.getByTestId('kpi-collected-rate'),
    activatedRate: root.getByTestId('kpi-activated-rate'),
    childLink: (name: string) => root.getByTestId('children-table').getByRole('button', { name, exact: true }),
  };
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(250);
  await screenshot(page, name, SCREENSHOT_DIR);
}

/** Runs a command through the palette (F1), typing part of its title. */
export async function runCommand(page: Page, text: string, option: string | RegExp): Promise<void> {
  await page.keyboard.press('F1');
  // The palette's own box: editors may hold comboboxes too (selects, unit pickers).
  const box = page.locator('.quick-input').getByRole('combobox');
  await box.waitFor();
  await box.fill(`>${text}`);
  const target = page.getByRole('option', { name: option }).first();
  await target.waitFor();
  // Enter when the wanted command is the best match (it should be), a click otherwise.
  if ((await target.getAttribute('aria-selected')) === 'true') await page.keyboard.press('Enter');
  else await target.click();
  await box.waitFor({ state: 'detached' });
}

/** Runs an entry of the explorer's context menu on a row (right click, then the item). */
export async function explorerMenu(page: Page, row: string | RegExp, item: string | RegExp): Promise<void> {
  await page.getByRole('treeitem', { name: row }).first().click({ button: 'right' });
  const entry = page.getByRole('menu').getByRole('menuitem', { name: item });
  await entry.waitFor();
  await entry.click();
}

/** A GraphQL request from inside the page, with its session cookie (another tab of the same user). */
export async function graphqlInPage<T = unknown>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  return page.evaluate(
    async ({ query: q, variables: v }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return response.json();
    },
    { query, variables },
  ) as Promise<T>;
}
