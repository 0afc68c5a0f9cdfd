import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editor, graphqlInPage, runCommand, shot, textOf, waitForText } from './console-helpers';
import { useConsole } from './use-console';

const treeItem = (page: Page, name: RegExp) => page.getByRole('treeitem', { name }).first();
const tabsOf = (page: Page, group: number) => page.locator('.editor-group').nth(group).getByRole('tab');
const selectedRow = (page: Page) => page.locator('[role="treeitem"][aria-selected="true"] .tree-label');

async function quickOpen(page: Page, text: string, first: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input').getByRole('combobox').fill(text);
  await waitForText(page.getByRole('option').first(), first);
}

/** How wide the placeholder's text is against the room the box gives it, in pixels. */
async function placeholderFit(page: Page, selector: string): Promise<{ text: number; room: number }> {
  return page.locator(selector).evaluate((element) => {
    const input = element as HTMLInputElement;
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text: context.measureText(input.placeholder).width, room };
  });
}

/**
 * The console behaving as VS Code users expect, in daily use (issue 19, items 7, 9, 12–16):
 * quick open to the side, the explorer's click, reveal and type-to-find, recent commands and
 * units, tab titles in the chosen language and told apart, charts following a live theme switch,
 * the panel's names and the audit's dates.
 */
describe('console: the workbench as VS Code users expect it', () => {
  const { page, errors } = useConsole({ login: 'admin' });

  it('quick open to the side (Alt+Enter) leaves the current preview where it was', async () => {
    await treeItem(page, /Tỉnh Bến Tre/).click();
    await waitForText(editor(page).title, 'Tỉnh Bến Tre');
    await quickOpen(page, 'ba tri', 'Huyện Ba Tri');
    await page.keyboard.press('Alt+Enter');
    await page.locator('.editor-group').nth(1).waitFor();
    await waitForText(editor(page).title, 'Huyện Ba Tri');
    expect(await tabsOf(page, 0).allTextContents()).toEqual(['Tỉnh Bến Tre']);
    expect(await tabsOf(page, 1).allTextContents()).toEqual(['Huyện Ba Tri']);
    await shot(page, 'p01-quick-open-to-the-side');
    await runCommand(page, 'close all', /Đóng tất cả thẻ/);
    expect(await page.locator('.editor-group [role="tab"]').count()).toBe(0);
  });

  it('a click on a unit with children opens its preview and toggles it', async () => {
    const chau = treeItem(page, /Huyện Chợ Lách/);
    expect(await chau.getAttribute('aria-expanded')).toBe('false');
    await chau.click();
    await waitForText(editor(page).title, 'Huyện Chợ Lách');
    await page.locator('[role="treeitem"][aria-level="3"]').first().waitFor();
    expect(await chau.getAttribute('aria-expanded')).toBe('true');
    await chau.click();
    expect(await chau.getAttribute('aria-expanded')).toBe('false');
  });

  it('reveals the active editor’s unit in the tree, expanding down to it', async () => {
    await quickOpen(page, 'tan xuan', 'Xã Tân Xuân');
    await page.keyboard.press('Enter');
    await waitForText(editor(page).title, 'Xã Tân Xuân');
    const row = treeItem(page, /Xã Tân Xuân/);
    await row.waitFor();
    await page.locator('[role="treeitem"][aria-selected="true"]').filter({ hasText: 'Xã Tân Xuân' }).waitFor();
    expect(await treeItem(page, /Huyện Ba Tri/).getAttribute('aria-expanded')).toBe('true');
    await shot(page, 'p02-reveal');
  });

  it('type-to-find in the tree jumps to the next row starting with those letters, diacritics folded', async () => {
    await page.getByRole('button', { name: 'Thu gọn cây đơn vị' }).click();
    await treeItem(page, /Tỉnh Bến Tre/).click();
    await page.getByRole('tree').focus();
    await page.keyboard.type('cho l');
    await waitForText(selectedRow(page), 'Huyện Chợ Lách');
    await page.waitForTimeout(900);
    await page.keyboard.type('mo c');
    await waitForText(selectedRow(page), 'Huyện Mỏ Cày');
    await page.waitForTimeout(900);
    // Letters no row starts with leave the selection where it is.
    await page.keyboard.type('qz');
    expect(await textOf(selectedRow(page))).toMatch(/Huyện Mỏ Cày/);
  });

  it('the palette shows recently used commands first, under their own heading', async () => {
    await runCommand(page, 'toggle panel', /Bật\/tắt bảng dưới/);
    await runCommand(page, 'toggle panel', /Bật\/tắt bảng dưới/);
    await page.keyboard.press('F1');
    const group = page.locator('.quick-input [cmdk-group]').first();
    await waitForText(group.locator('[cmdk-group-heading]'), 'đã dùng gần đây');
    expect(await textOf(group.getByRole('option'))).toMatch(/Bật\/tắt bảng dưới/);
    await shot(page, 'p03-recent-commands');
    await page.keyboard.press('Escape');
  });

  it('Ctrl+P with nothing typed lists the units opened recently', async () => {
    await page.keyboard.press('Control+P');
    const group = page.locator('.quick-input [cmdk-group]').first();
    await waitForText(group.locator('[cmdk-group-heading]'), 'đã mở gần đây');
    // Newest first: the province (opened by the last click), then Xã Tân Xuân, then Huyện Chợ Lách.
    const labels = await group.getByRole('option').locator('.quick-input-label').allTextContents();
    expect(labels.slice(0, 3)).toEqual(['Tỉnh Bến Tre', 'Xã Tân Xuân', 'Huyện Chợ Lách']);
    await shot(page, 'p04-recent-units');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForText(editor(page).title, 'Xã Tân Xuân');
  });

  it('tabs that share a title show their parent’s name', async () => {
    await runCommand(page, 'close all', /Đóng tất cả thẻ/);
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input').getByRole('combobox').fill('ap 1');
    const options = page.getByRole('option').filter({ hasText: /^Ấp 1(?!\d)/ });
    await options.nth(1).waitFor();
    const parents = [
      await textOf(options.nth(0).locator('.quick-input-description')),
      await textOf(options.nth(1).locator('.quick-input-description')),
    ];
    await options.nth(0).click();
    await page.locator('.editor-group.active [role="tab"]').first().dblclick();
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input').getByRole('combobox').fill('ap 1');
    await options.nth(1).click();
    await page.locator('.editor-group.active [role="tab"]').nth(1).waitFor();
    const descriptions = page.locator('.editor-group.active [role="tab"] .tab-description');
    await descriptions.nth(1).waitFor();
    expect(await descriptions.allTextContents()).toEqual(parents);
    await shot(page, 'p05-same-title-tabs');
    // A tab whose title is its own shows no description.
    await runCommand(page, 'close other', /Đóng các thẻ khác/);
    await descriptions.first().waitFor({ state: 'detached' });
  });

  it('charts follow a live theme switch exactly as after a reload', async () => {
    await runCommand(page, 'close all', /Đóng tất cả thẻ/);
    await treeItem(page, /Tỉnh Bến Tre/).dblclick();
    const canvas = editor(page).root.locator('.chart-canvas canvas');
    await canvas.waitFor();
    await page.waitForTimeout(500);
    await runCommand(page, 'giao dien sang', /Giao diện sáng/);
    await page.waitForTimeout(500);
    const live = await canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    await canvas.scrollIntoViewIfNeeded();
    await shot(page, 'p06-chart-light-live');
    await page.reload();
    await editor(page).root.locator('.chart-canvas canvas').waitFor();
    await page.waitForTimeout(800);
    const reloaded = await editor(page)
      .root.locator('.chart-canvas canvas')
      .evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    expect(live === reloaded).toBe(true);
    await runCommand(page, 'giao dien toi', /Giao diện tối/);
  });

  it('in English, tab titles follow the language and the explorer’s filter placeholder fits', async () => {
    await page.keyboard.press('Control+Comma');
    await page.getByRole('tab', { name: 'Cài đặt' }).waitFor();
    const fitVi = await placeholderFit(page, '.explorer-filter input');
    expect(fitVi.text).toBeLessThanOrEqual(fitVi.room);
    await runCommand(page, 'switch language', /Đổi ngôn ngữ/);
    await page.getByRole('tab', { name: 'Settings' }).waitFor();
    const fitEn = await placeholderFit(page, '.explorer-filter input');
    expect(fitEn.text).toBeLessThanOrEqual(fitEn.room);
    await shot(page, 'p07-english-tabs');
    await runCommand(page, 'language', /Switch Language/);
    await page.getByRole('tab', { name: 'Cài đặt' }).waitFor();
  });

  it('the panel names the notifications apart from the audit, whose dates have four-digit years', async () => {
    await page.getByRole('tab', { name: 'Thông báo' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Nhật ký', exact: true }).count()).toBe(0);
    await graphqlInPage(
      page,
      'mutation { createUser(input: { username: "polish1", password: "demo1", role: ANALYST, scope: "83" }) { username } }',
    );
    await runCommand(page, 'nhat ky thay doi', /Xem nhật ký thay đổi/);
    const table = page.getByTestId('audit-table');
    await waitForText(table, 'polish1');
    const when = await textOf(table.locator('tbody tr td').first());
    expect(when).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    await shot(page, 'p08-audit-dates');
    expect(errors).toEqual([]);
  });
});
