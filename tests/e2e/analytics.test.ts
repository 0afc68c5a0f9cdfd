import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/server';
import { logIn, openConsole, runCommand, shot, textOf, waitForText } from './console-helpers';
import { useConsole } from './use-console';

/** The GraphQL tab in the active editor group, and the parts of it the tests use. */
function gql(page: Page) {
  const root = page.locator('.editor-group.active [data-testid="graphql-editor"]');
  return {
    root,
    query: root.locator('.gql-monaco .monaco-editor').first(),
    text: root.locator('.gql-monaco .monaco-editor .view-lines').first(),
    input: root.locator('.gql-monaco .monaco-editor textarea').first(),
    results: root.getByTestId('gql-results'),
    table: root.getByTestId('gql-table'),
    errors: root.getByTestId('gql-errors'),
    readOnly: root.getByTestId('gql-readonly'),
  };
}

/** Replaces the query text as a paste would (no auto-closed brackets). */
async function setQuery(page: Page, text: string): Promise<void> {
  await gql(page).input.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Monaco's view of the text ("·" for spaces it renders as nbsp). */
async function shownQuery(page: Page): Promise<string> {
  return (await textOf(gql(page).text)).replace(/\u00a0/g, ' ');
}

const SHARED_NAME = 'Xã của Ba Tri theo tỷ lệ kích hoạt';
const SHARED_QUERY =
  'query BaTriCommunes { ranking(campaign: "DDDT-2023", level: COMMUNE, parent: "836", by: ACTIVATED_RATE, first: 30) { nodes { rank unit { code name } progress { activatedRate } } } }';

/**
 * The analyst's query editor in Debian's Chromium against the real server: Monaco loads with the
 * first GraphQL tab and completes from the schema; an example from the library runs and exports
 * CSV; a depth bomb is refused with the limit's message; a query the analyst shares is opened by
 * the admin read-only until copied.
 */
describe('analytics: the GraphQL workbench', () => {
  let server: TestServer;
  let browser: Browser;
  const { page, errors, session } = useConsole({ login: 'analyst' });

  beforeAll(async () => {
    ({ server, browser } = session);
  });

  it('opens a GraphQL tab from the palette; typing `{ un` suggests unit and units', async () => {
    await runCommand(page, 'truy van graphql moi', /Truy vấn GraphQL mới/);
    await gql(page).query.waitFor({ timeout: 30_000 });
    await waitForText(gql(page).text, 'scope');
    await shot(page, 'analytics-01-new-query');
    await gql(page).input.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{ un');
    const suggestions = page.locator('.suggest-widget.visible .monaco-list-row');
    await suggestions.first().waitFor();
    const labels = (await suggestions.allTextContents()).map((label) => label.trim());
    expect(labels.some((label) => label.startsWith('unit') && !label.startsWith('units'))).toBe(true);
    expect(labels.some((label) => label.startsWith('units'))).toBe(true);
    await shot(page, 'analytics-02-completion');
    await page.keyboard.press('Escape');
  });

  it('leaves F1 and Ctrl+Shift+P to the console’s palette, and Ctrl+Enter runs the query', async () => {
    await setQuery(page, '{ today me { username role } }');
    await page.keyboard.press('F1');
    const box = page.getByRole('combobox');
    await box.waitFor();
    expect(await box.inputValue()).toBe('>');
    expect(await page.locator('.quick-input-widget:visible').count()).toBe(0);
    await page.keyboard.press('Escape');
    await box.waitFor({ state: 'detached' });
    await gql(page).input.focus();
    await page.keyboard.press('Control+Shift+P');
    await box.waitFor();
    await page.keyboard.press('Escape');

    await gql(page).input.focus();
    await page.keyboard.press('Control+Enter');
    await gql(page).table.waitFor();
    expect(await textOf(gql(page).table.locator('tbody tr'))).toContain('analyst');
    expect(await shownQuery(page)).toBe('{ today me { username role } }');
  });

  it('runs an example from the library, then exports it as CSV for Excel', async () => {
    await page.getByRole('tab', { name: 'Truy vấn', exact: true }).click();
    const example = page.getByTestId('saved-query').filter({ hasText: 'Huyện xếp hạng theo tỷ lệ kích hoạt' });
    await example.locator('.gql-list-open').click();
    await page.getByRole('tab', { name: /Huyện xếp hạng theo tỷ lệ kích hoạt/, selected: true }).waitFor();
    await waitForText(gql(page).text, 'DistrictsByActivationRate');
    await runCommand(page, 'chay truy van', /Chạy truy vấn/);
    const table = gql(page).table;
    await waitForText(table, 'Huyện Thạnh Phú');
    expect(await table.locator('tbody tr').count()).toBe(9);
    expect(await textOf(table.locator('tbody tr').first())).toContain('Huyện Thạnh Phú');
    await waitForText(page.getByTestId('history-entry'), 'DistrictsByActivationRate');
    await shot(page, 'analytics-03-example-table');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      gql(page).results.getByRole('button', { name: 'CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^huyen-xep-hang-theo-ty-le-kich-hoat-14-11-2023-\d{8}-\d{4}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, first] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      'rank;unit.code;unit.name;progress.target;progress.collected;progress.activated;progress.collectedRate;progress.activatedRate;progress.state',
    );
    expect(first).toMatch(/^1;837;Huyện Thạnh Phú;92351;\d+;77362;1,\d+;0,83\d+;ON_TRACK$/);

    await gql(page).results.getByRole('tab', { name: 'Biểu đồ' }).click();
    await gql(page).results.locator('.gql-chart-canvas canvas').waitFor();
    await shot(page, 'analytics-04-example-chart');
    await gql(page).results.getByRole('tab', { name: 'Bảng' }).click();
  });

  it('shows the server’s depth limit in Vietnamese when a query nests too deep', async () => {
    await runCommand(page, 'truy van graphql moi', /Truy vấn GraphQL mới/);
    await gql(page).query.waitFor();
    const bomb =
      '{ unit(code: "83") { children { children { children { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } }';
    await setQuery(page, bomb);
    await page.keyboard.press('Control+Enter');
    await waitForText(gql(page).errors, 'Vượt giới hạn độ sâu');
    const message = await textOf(gql(page).errors);
    expect(message).toContain('HTTP 400');
    expect(message).toContain('Độ sâu truy vấn 12 vượt giới hạn 10.');
    expect(message).toContain('12 / 10');
    expect(message).not.toContain('Query depth');
    await shot(page, 'analytics-05-depth-limit');

    // A cost bomb: every unit's children's children, a hundred at a time.
    await setQuery(page, '{ units(first: 100) { nodes { children { children { code name } } } } }');
    await page.keyboard.press('Control+Enter');
    await waitForText(gql(page).errors, 'Vượt giới hạn chi phí');
    expect(await textOf(gql(page).errors)).toMatch(/Chi phí ước tính của truy vấn [\d.]+ vượt giới hạn 8\.000/);
  });

  it('saves a query shared with Tỉnh Bến Tre; the admin opens it read-only, then copies it', async () => {
    await runCommand(page, 'truy van graphql moi', /Truy vấn GraphQL mới/);
    await gql(page).query.waitFor();
    await setQuery(page, SHARED_QUERY);
    // Prettify (Shift+Alt+F, as in VS Code) spreads it over lines before it is saved.
    await page.keyboard.press('Shift+Alt+F');
    await waitForText(gql(page).root.locator('.gql-monaco .view-line').nth(1), 'ranking(');
    await gql(page).root.getByRole('button', { name: 'Lưu…' }).click();
    const form = gql(page).root.getByRole('form', { name: 'Lưu truy vấn' });
    await form.getByLabel('Tên').fill(SHARED_NAME);
    await form.getByLabel('Mô tả').fill('Xếp hạng 23 xã của Huyện Ba Tri, thấp nhất cuối.');
    await form.getByLabel(/Chia sẻ với mọi người trong phạm vi Tỉnh Bến Tre/).check();
    await shot(page, 'analytics-06-save-form');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: SHARED_NAME, selected: true }).waitFor();
    await waitForText(page.getByTestId('saved-query'), SHARED_NAME);
    await waitForText(gql(page).root.locator('.gql-header'), 'Chia sẻ với Tỉnh Bến Tre');
    await shot(page, 'analytics-07-saved-shared');

    const admin = await openConsole(browser, server.url);
    try {
      await logIn(admin.page, 'admin');
      await admin.page.keyboard.press('Control+P');
      await admin.page.getByRole('combobox').fill('ba tri ty le');
      const option = admin.page.getByRole('option', { name: new RegExp(SHARED_NAME) });
      await option.waitFor();
      await option.click();
      await gql(admin.page).query.waitFor({ timeout: 30_000 });
      await waitForText(gql(admin.page).readOnly, 'Truy vấn analyst chia sẻ: chỉ xem');
      await waitForText(gql(admin.page).text, 'BaTriCommunes');
      await gql(admin.page).input.focus();
      await admin.page.keyboard.type('xyz');
      expect(await shownQuery(admin.page)).not.toContain('xyz');
      await admin.page.keyboard.press('Control+Enter');
      await waitForText(gql(admin.page).table, 'Xã Mỹ Thạnh');
      await shot(admin.page, 'analytics-08-admin-read-only');

      await gql(admin.page).root.getByRole('button', { name: 'Sao chép để sửa' }).click();
      const copy = `${SHARED_NAME} (bản sao)`;
      await admin.page.getByRole('tab', { name: copy, selected: true }).waitFor();
      expect(await gql(admin.page).readOnly.count()).toBe(0);
      await waitForText(gql(admin.page).root.locator('.gql-header'), 'Riêng tư');
      await gql(admin.page).input.focus();
      await admin.page.keyboard.press('Control+End');
      await admin.page.keyboard.type('# của admin');
      await waitForText(gql(admin.page).text, '# của admin');
      await shot(admin.page, 'analytics-09-admin-copy');
      expect(admin.errors).toEqual([]);
    } finally {
      await admin.page.context().close();
    }
  });

  it('raised no uncaught error in the page', () => {
    expect(errors).toEqual([]);
  });
});
