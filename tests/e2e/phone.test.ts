import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { SCREENSHOT_DIR, editor, shot, textOf, waitForText } from './console-helpers';

const count = (text: string) => Number(text.replace(/\D/g, ''));

/** A phone: 360×740, a touch screen, no mouse, no keys but the on-screen keyboard. */
async function openPhone(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
    locale: 'vi-VN',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

/** A finger resting on the middle of an element, then lifted (Chromium's own touch events). */
async function longPress(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to press');
  const point = { x: box.x + Math.min(60, box.width / 2), y: box.y + box.height / 2 };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await page.waitForTimeout(900);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** What would betray a desktop layout on the phone: sideways overflow and a scrolled shell. */
async function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const content of Array.from(document.querySelectorAll<HTMLElement>('.editor-content'))) {
      if (content.scrollWidth > content.clientWidth + 1)
        faults.push(`editor content ${content.scrollWidth}px wide in ${content.clientWidth}px`);
      // The shell around the editor never scrolls: only the editor's content (and its lists) do.
      for (let element = content.parentElement; element; element = element.parentElement) {
        if (element.scrollTop !== 0 || element.scrollLeft !== 0)
          faults.push(`${element.className || element.tagName} scrolled by ${element.scrollTop}px`);
      }
    }
    const scroller = document.scrollingElement;
    if (scroller && (scroller.scrollTop !== 0 || scroller.scrollLeft !== 0))
      faults.push(`page scrolled by ${scroller.scrollTop}px`);
    const shell = document.querySelector('.workbench')?.getBoundingClientRect();
    if (shell && (Math.round(shell.top) !== 0 || Math.round(shell.bottom) !== window.innerHeight))
      faults.push(`shell at ${shell.top}..${shell.bottom}`);
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('.workbench *'))) {
      const box = element.getBoundingClientRect();
      if (
        box.width > 0 &&
        box.right > width + 1 &&
        !element.closest('.table-scroll, .tabs, .tree, .report-grid-scroll, .statusbar')
      ) {
        faults.push(`${element.className || element.tagName} reaches ${Math.round(box.right)}px of ${width}`);
        break;
      }
    }
    return faults;
  });
}

/**
 * The official's day on a phone, by touch only: sign in, tap "Nhập số liệu hôm nay" on the
 * welcome page, type a hamlet's counts, meet an error, fix it, save; then the commune's editor
 * in one column, a long press for the explorer's context menu, and the menu button for commands.
 */
describe('console on a phone (360×740, touch): the official’s day', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page, errors } = await openPhone(browser, server.url));
  });

  afterAll(async () => {
    console.log(`Screenshots of the console: ${SCREENSHOT_DIR}`);
    await browser?.close();
    await server?.stop();
  });

  it('signs in by touch', async () => {
    await page.getByLabel('Tên đăng nhập').tap();
    await page.getByLabel('Tên đăng nhập').fill('official');
    await page.getByLabel('Mật khẩu').fill('demo');
    await shot(page, '80-phone-login');
    await page.getByRole('button', { name: 'Đăng nhập' }).tap();
    await page.getByRole('button', { name: 'Nhập số liệu hôm nay' }).waitFor();
  });

  it('the welcome page fits the phone, with its main action and no keyboard hints', async () => {
    const action = page.getByRole('button', { name: 'Nhập số liệu hôm nay' });
    const box = await action.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 740 && box.height >= 36).toBe(true);
    expect(await page.locator('.watermark kbd').first().isVisible()).toBe(false);
    const title = await page.locator('.watermark-title').boundingBox();
    const content = await page.locator('[data-part="editor"]').boundingBox();
    expect(title && content && title.y >= content.y).toBe(true);
    // The activity bar is a bar along the bottom, not a 48 px column eating the width.
    const bar = await page.locator('[data-part="activitybar"]').boundingBox();
    expect(bar === null || (bar.width >= 350 && bar.y > 600)).toBe(true);
    // The status bar says how updates come in a word, whole, not a sentence cut off.
    const updates = page.getByTestId('status-connection');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="status-connection"]')?.textContent?.includes('Cập nhật trực tiếp'),
    );
    expect((await updates.innerText()).trim()).toBe('Trực tiếp');
    expect(await updates.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    expect(await layoutFaults(page)).toEqual([]);
    await shot(page, '81-phone-welcome');
  });

  it('taps “Nhập số liệu hôm nay”: today’s sheet, the cursor in the first empty cell', async () => {
    await page.getByRole('button', { name: 'Nhập số liệu hôm nay' }).tap();
    const report = page.getByTestId('report-editor');
    await report.waitFor();
    expect(await report.getAttribute('data-date')).toBe('2023-11-15');
    const first = report.locator('tr.report-row').first();
    const collected = first.getByLabel(/^Thu nhận của/);
    await page.waitForFunction((id) => document.activeElement?.id === id, await collected.getAttribute('id'), {
      timeout: 10_000,
    });
    // The column heads are hidden on a phone: each box carries its own visible label, just above it.
    const labels = first.locator('label.count-label');
    expect(await labels.allInnerTexts()).toEqual(['Thu nhận', 'Kích hoạt']);
    for (const [i, label] of (await labels.all()).entries()) {
      const [box, input] = [await label.boundingBox(), await first.locator('input.count-input').nth(i).boundingBox()];
      expect(box!.y + box!.height).toBeLessThanOrEqual(input!.y + 1);
      expect(Math.abs(box!.x - input!.x)).toBeLessThan(8);
    }
    await shot(page, '82-phone-sheet');
  });

  it('an error takes the focus without scrolling the shell; fixed, the report saves', async () => {
    const report = page.getByTestId('report-editor');
    const rows = report.locator('tr.report-row');
    const first = rows.first();
    const last = rows.last();
    const [firstCollected = 0, firstActivated = 0] = (await first.locator('.count-previous').allTextContents()).map(
      count,
    );
    const [lastCollected = 0] = (await last.locator('.count-previous').allTextContents()).map(count);
    await page.keyboard.type(String(firstCollected + 5));
    await first.getByLabel(/^Kích hoạt của/).tap();
    await page.keyboard.type(String(firstActivated + 2));
    // The last hamlet, below the fold: activated above collected, which the save refuses.
    await last.getByLabel(/^Thu nhận của/).tap();
    await page.keyboard.type(String(lastCollected + 5));
    const activated = last.getByLabel(/^Kích hoạt của/);
    await activated.tap();
    await page.keyboard.type(String(lastCollected + 500));
    await report.locator('.report-grid').evaluate((grid) => grid.closest('.editor-content')?.scrollTo(0, 0));
    await report.getByRole('button', { name: 'Lưu báo cáo' }).tap();
    await waitForText(report.getByTestId('report-banner'), 'Chưa có gì được lưu');
    await page.waitForTimeout(300);
    expect(await layoutFaults(page)).toEqual([]);
    await shot(page, '83-phone-sheet-error');

    await activated.tap();
    await activated.fill(String(lastCollected + 2));
    await report.getByRole('button', { name: 'Lưu báo cáo' }).tap();
    await waitForText(page.locator('.notification'), 'Đã lưu báo cáo ngày 15/11/2023 của 2 ấp');
    expect(await first.getAttribute('class')).toContain('reported');
    expect(await last.getAttribute('class')).toContain('reported');
    expect(await layoutFaults(page)).toEqual([]);
    await shot(page, '84-phone-sheet-saved');
  });

  it('the commune’s editor is one column that fits, with the same button; tab titles are whole', async () => {
    await page.getByRole('tab', { name: 'Đơn vị' }).tap();
    const commune = page.getByRole('treeitem', { name: /Xã Tân Xuân/ }).first();
    await commune.tap();
    await waitForText(editor(page).title, 'Xã Tân Xuân');
    await editor(page).target.waitFor();
    await editor(page).root.getByRole('button', { name: 'Nhập số liệu hôm nay' }).waitFor();
    await page.waitForTimeout(500);
    expect(await layoutFaults(page)).toEqual([]);
    const label = page.locator('.editor-group.active .tab.active .tab-label');
    expect(await label.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await shot(page, '85-phone-commune');
    await page.locator('.editor-group.active .editor-content').evaluate((e) => e.scrollTo(0, e.scrollHeight));
    await shot(page, '86-phone-commune-below');
  });

  it('a long press on an explorer row opens its context menu, whose entry opens the sheet', async () => {
    await page.getByRole('tab', { name: 'Đơn vị' }).tap();
    const commune = page.getByRole('treeitem', { name: /Xã Tân Xuân/ }).first();
    await commune.waitFor();
    await longPress(page, commune);
    const entry = page.getByRole('menu').getByRole('menuitem', { name: /Nhập số liệu ngày/ });
    await entry.waitFor({ timeout: 5_000 });
    // The press opened the menu only: it did not also open the unit.
    expect(await page.getByRole('menu').count()).toBe(1);
    await shot(page, '87-phone-long-press-menu');
    await entry.tap();
    await page.getByTestId('report-editor').waitFor();
    await waitForText(page.getByTestId('report-editor').locator('h1'), 'Xã Tân Xuân');
  });

  it('the commune’s target split fits the width, its hamlet names whole', async () => {
    await page.getByRole('tab', { name: 'Đơn vị' }).tap();
    const commune = page.getByRole('treeitem', { name: /Xã Tân Xuân/ }).first();
    await longPress(page, commune);
    await page
      .getByRole('menu')
      .getByRole('menuitem', { name: /Phân bổ chỉ tiêu/ })
      .tap();
    const grid = page.getByTestId('targets-editor');
    await grid
      .getByLabel(/^Chỉ tiêu của/)
      .last()
      .tap();
    await page.waitForTimeout(300);
    const sideways = await grid.locator('.table-scroll').evaluate((e) => e.scrollWidth - e.clientWidth);
    expect(sideways).toBeLessThanOrEqual(1);
    expect(await layoutFaults(page)).toEqual([]);
    // Its tab, opened after the others, is in sight in the strip with its whole title.
    const tab = page.locator('.editor-group.active .tab.active');
    const inSight = await tab.evaluate((e) => {
      const t = e.getBoundingClientRect();
      const s = (e.parentElement as HTMLElement).getBoundingClientRect();
      const label = e.querySelector('.tab-label') as HTMLElement;
      return t.left >= s.left - 1 && t.right <= s.right + 1 && label.scrollWidth <= label.clientWidth;
    });
    expect(inSight).toBe(true);
    await shot(page, '89-phone-targets');
  });

  it('the menu button opens the commands, by touch', async () => {
    await page.getByRole('button', { name: 'Trình đơn lệnh' }).tap();
    const box = page.locator('.quick-input').getByRole('combobox');
    await box.waitFor();
    expect(await box.inputValue()).toBe('>');
    await page
      .locator('.quick-input')
      .getByRole('option', { name: /Đăng xuất/ })
      .first()
      .waitFor();
    // No shortcuts on a touch screen, and rows a finger can hit.
    expect(await page.locator('.quick-input .quick-input-keys').first().isVisible()).toBe(false);
    expect(
      (await page.locator('.quick-input').getByRole('option').first().boundingBox())?.height,
    ).toBeGreaterThanOrEqual(36);
    await shot(page, '88-phone-commands');
    await page
      .locator('.quick-input')
      .getByRole('option', { name: /Đăng xuất/ })
      .first()
      .tap();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(await textOf(page.locator('.login-card h1'))).toBe('Đăng nhập');
    expect(errors).toEqual([]);
  });
});
