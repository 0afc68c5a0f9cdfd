import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runCommand, shot, waitForText } from './console-helpers';
import { useConsole } from './use-console';

function gql(page: Page) {
  const root = page.locator('.editor-group.active [data-testid="graphql-editor"]');
  return {
    root,
    query: root.locator('.gql-monaco .monaco-editor').first(),
    input: root.locator('.gql-monaco .monaco-editor textarea').first(),
    results: root.getByTestId('gql-results'),
    errors: root.getByTestId('gql-errors'),
  };
}

async function setQuery(page: Page, text: string): Promise<void> {
  await gql(page).input.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** The analyst's query editor in daily use (issue 19, item 16). */
describe('analytics: the query editor in both languages, without page errors', () => {
  const { page, errors } = useConsole({ login: 'analyst' });

  it('a refused mutation shows its error and raises no page error', async () => {
    await runCommand(page, 'truy van graphql moi', /Truy vấn GraphQL mới/);
    await gql(page).query.waitFor({ timeout: 30_000 });
    await setQuery(
      page,
      'mutation { createUser(input: { username: "nope", password: "demo1", role: ANALYST, scope: "83" }) { username } }',
    );
    await page.keyboard.press('Control+Enter');
    await waitForText(gql(page).errors, 'createUser');
    await gql(page).results.getByRole('tab', { name: 'JSON' }).click();
    await page.waitForTimeout(800);
    await gql(page).results.getByRole('tab', { name: 'Bảng' }).click();
    await setQuery(page, '{ today }');
    await page.keyboard.press('Control+Enter');
    await waitForText(gql(page).results, 'today');
    await gql(page).results.getByRole('tab', { name: 'JSON' }).click();
    await page.waitForTimeout(1500);
    await shot(page, 'p10-refused-mutation');
    expect(errors).toEqual([]);
  });

  it('the results chart of Ba Tri’s communes writes its x labels without overlap', async () => {
    await gql(page).results.getByRole('tab', { name: 'Bảng' }).click();
    await setQuery(
      page,
      '{ ranking(campaign: "DDDT-2023", level: COMMUNE, parent: "836", by: ACTIVATED_RATE, first: 30) { nodes { unit { name } progress { activatedRate } } } }',
    );
    await page.keyboard.press('Control+Enter');
    await waitForText(gql(page).results, 'Xã');
    await gql(page).results.getByRole('tab', { name: 'Biểu đồ' }).click();
    await gql(page).results.locator('.gql-chart-canvas canvas').waitFor();
    await page.waitForTimeout(500);
    await shot(page, 'p11-chart-labels');
    expect(errors).toEqual([]);
  });

  it('a refused mutation after a long answer read as JSON raises no page error', async () => {
    await gql(page).results.getByRole('tab', { name: 'JSON' }).click();
    const json = gql(page).results.locator('.gql-json .monaco-editor');
    await json.waitFor();
    await json.click({ position: { x: 60, y: 300 } });
    await page.keyboard.press('Control+End');
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(300);
    await setQuery(
      page,
      'mutation { createUser(input: { username: "nope", password: "demo1", role: ANALYST, scope: "83" }) { username } }',
    );
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(1500);
    await shot(page, 'p12-refused-after-json');
    expect(errors).toEqual([]);
  });
  it('completion and hover docs of our schema lead with the Vietnamese term', async () => {
    await setQuery(page, '{ unit(code: "83") { lev');
    const suggest = page.locator('.suggest-widget.visible');
    await suggest.locator('.monaco-list-row').first().waitFor();
    await waitForText(suggest.locator('.monaco-list-row.focused'), 'level');
    // Ctrl+Space shows the focused suggestion's docs, as in VS Code.
    const details = page.locator('.suggest-details-container .suggest-details');
    if (!(await details.isVisible())) await page.keyboard.press('Control+Space');
    await waitForText(details, 'Level in the tree');
    expect(await details.textContent()).toContain('cấp — Level in the tree');
    await shot(page, 'p13-completion-docs-vi');
    await page.keyboard.press('Escape');

    await setQuery(page, '{ today }');
    await page.keyboard.press('Escape');
    const word = gql(page).root.locator('.gql-monaco .view-lines span', { hasText: 'today' }).first();
    await word.hover();
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'Today on the business clock' });
    await hover.first().waitFor({ timeout: 10_000 });
    expect(await hover.first().textContent()).toContain('hôm nay — Today on the business clock');
    await shot(page, 'p14-hover-docs-vi');
    expect(errors).toEqual([]);
  });
  it('in English the same docs read as written, and the editor’s own strings follow', async () => {
    await runCommand(page, 'switch language', /Đổi ngôn ngữ/);
    await gql(page)
      .root.getByRole('button', { name: /Run Query/ })
      .waitFor();
    await gql(page).results.getByRole('tab', { name: 'Table' }).waitFor();
    // The editor's title line names the query as its tab does.
    expect((await gql(page).root.locator('.gql-title').textContent())?.trim()).toBe('Query 1');
    await page.mouse.move(10, 450);
    await page.waitForTimeout(300);
    await gql(page).root.locator('.gql-monaco .view-lines span', { hasText: 'today' }).first().hover();
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'Today on the business clock' });
    await hover.first().waitFor({ timeout: 10_000 });
    expect(await hover.first().textContent()).toContain(
      'Today on the business clock (hôm nay): the default as-of date.',
    );
    await shot(page, 'p15-hover-docs-en');
    await runCommand(page, 'language', /Switch Language/);
    await gql(page)
      .root.getByRole('button', { name: /Chạy truy vấn/ })
      .waitFor();
    expect(errors).toEqual([]);
  });
});
