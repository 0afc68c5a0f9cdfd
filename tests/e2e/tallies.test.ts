import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/server';
import {
  editor,
  explorerMenu,
  graphqlInPage,
  logIn,
  openConsole,
  runCommand,
  shot,
  textOf,
  waitForText,
  startConsole,
  type ConsoleSession,
} from './console-helpers';

const DISTRICT = `query($code: String!) { unit(code: $code) { progress(campaign: "DDDT-2023") { collected activated } } }`;
const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
const count = (text: string) => Number(text.replace(/\D/g, ''));

/**
 * The day's report: the official of Xã Tân Xuân types the hamlets' counts, meets an error on a
 * bad cell, fixes it and saves; the admin's console shows Huyện Ba Tri's figures moving.
 */
describe('console: the official enters the day for Xã Tân Xuân', () => {
  let server: TestServer;
  let browser: Browser;
  let official: Page;
  let admin: Page;
  let errors: string[];
  let session: ConsoleSession;
  let before: { collected: number; activated: number };
  const typed = { collected: 0, activated: 0 };

  beforeAll(async () => {
    session = await startConsole();
    ({ server, browser, page: official, errors } = session);
    ({ page: admin } = await openConsole(browser, server.url));
  });

  afterAll(() => session?.close());

  it('the admin reads Huyện Ba Tri’s figures first', async () => {
    await admin.bringToFront();
    await logIn(admin, 'admin');
    await admin.getByRole('treeitem', { name: /Huyện Ba Tri/ }).click();
    await waitForText(editor(admin).title, 'Huyện Ba Tri');
    await editor(admin).target.waitFor();
    const answer = await graphqlInPage<{ data: { unit: { progress: { collected: number; activated: number } } } }>(
      admin,
      DISTRICT,
      { code: '836' },
    );
    before = answer.data.unit.progress;
    expect(count(await textOf(editor(admin).root.getByTestId('kpi-collected').locator('.kpi-sub')))).toBe(
      before.collected,
    );
    await waitForText(admin.getByTestId('completeness'), 'xã đã báo cáo hôm nay');
  });

  it('opens the report of 15/11/2023 from the explorer, one row per hamlet', async () => {
    // Two windows: the one being used must have the focus (a context menu closes on blur).
    await official.bringToFront();
    await logIn(official, 'official');
    await waitForText(official.getByTestId('completeness'), 'ấp đã báo cáo hôm nay');
    await explorerMenu(official, /Xã Tân Xuân/, /Nhập số liệu ngày/);
    const report = official.getByTestId('report-editor');
    await report.waitFor();
    expect(await report.getAttribute('data-date')).toBe('2023-11-15');
    expect(await report.locator('.report-date-input').inputValue()).toBe('15/11/2023');
    const hamlets = await official.locator('[role="treeitem"][aria-level="2"]').count();
    expect(await report.locator('tr.report-row').count()).toBe(hamlets);
    await shot(official, '40-report-open');
  });

  it('shows an error on the activated cell when it exceeds collected, in Vietnamese', async () => {
    const report = official.getByTestId('report-editor');
    const rows = report.locator('tr.report-row');
    const first = rows.nth(0);
    const previous = (await first.locator('.count-previous').allTextContents()).map(count);
    const [prevCollected = 0, prevActivated = 0] = previous;
    await first.getByLabel(/^Thu nhận của/).click();
    await official.keyboard.type(String(prevCollected + 30));
    await official.keyboard.press('Tab');
    expect(await official.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Kích hoạt của/);
    await official.keyboard.type(String(prevCollected + 100));
    await official.keyboard.press('Enter');
    // Enter after Tab goes back to the column the row began in, one hamlet down.
    expect(await official.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Thu nhận của/);
    const activated = first.getByLabel(/^Kích hoạt của/);
    expect(await activated.getAttribute('aria-invalid')).toBe('true');
    await waitForText(first, 'Số kích hoạt không được lớn hơn số thu nhận.');
    expect(await official.locator('.tab.dirty').count()).toBe(1);
    await shot(official, '41-report-bad-cell');

    await report.getByRole('button', { name: 'Lưu báo cáo' }).click();
    await waitForText(report.getByTestId('report-banner'), 'Chưa có gì được lưu');
    expect(await official.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Kích hoạt của/);

    await activated.fill(String(prevActivated + 12));
    await official.keyboard.press('Enter');
    // Enter without a run of Tabs goes straight down: the next hamlet's activated.
    expect(await official.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Kích hoạt của Ấp 2',
    );
    expect(await activated.getAttribute('aria-invalid')).toBeNull();
    expect(await activated.inputValue()).toBe(vi(prevActivated + 12));
    typed.collected += 30;
    typed.activated += 12;
    await waitForText(first.locator('.count-change').first(), '+30');
  });

  it('types a second hamlet with the keyboard only, then asks before closing unsaved work', async () => {
    const second = official.getByTestId('report-editor').locator('tr.report-row').nth(1);
    const [prevCollected = 0, prevActivated = 0] = (await second.locator('.count-previous').allTextContents()).map(
      count,
    );
    await official.keyboard.press('Shift+Tab');
    expect(await official.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Thu nhận của Ấp 2');
    await official.keyboard.type(vi(prevCollected + 1500));
    await official.keyboard.press('Tab');
    await official.keyboard.type(String(prevActivated + 7));
    await official.keyboard.press('Tab');
    expect(await second.getByLabel(/^Thu nhận của/).inputValue()).toBe(vi(prevCollected + 1500));
    typed.collected += 1500;
    typed.activated += 7;
    await waitForText(official.locator('.report-summary'), 'Sẽ lưu 2 ấp');

    await official.locator('.tab.dirty .tab-close').click();
    const dialog = official.getByRole('alertdialog');
    await waitForText(dialog, 'Lưu thay đổi của');
    // As VS Code: save, don't save, cancel.
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['Lưu', 'Không lưu', 'Hủy']);
    await shot(official, '42-report-close-anyway');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect(await official.getByTestId('report-editor').count()).toBe(1);
  });

  it('saves in one recordTallies call: the tab is clean and the rows are marked reported', async () => {
    const report = official.getByTestId('report-editor');
    await official.keyboard.press('Control+KeyS');
    await waitForText(official.locator('.notification'), 'Đã lưu báo cáo ngày 15/11/2023 của 2 ấp');
    await official.locator('.tab.dirty').waitFor({ state: 'detached' });
    await waitForText(official.locator('.report-summary'), 'Không có thay đổi chưa lưu');
    expect(await report.locator('tr.report-row.reported').count()).toBeGreaterThanOrEqual(2);
    await shot(official, '43-report-saved');
  });

  it('moves Huyện Ba Tri’s figures in the admin’s console', async () => {
    const answer = await graphqlInPage<{ data: { unit: { progress: { collected: number; activated: number } } } }>(
      admin,
      DISTRICT,
      { code: '836' },
    );
    expect(answer.data.unit.progress.collected - before.collected).toBe(typed.collected);
    expect(answer.data.unit.progress.activated - before.activated).toBe(typed.activated);
    await admin.bringToFront();
    await admin.keyboard.press('F5');
    await waitForText(editor(admin).root.getByTestId('kpi-collected'), vi(before.collected + typed.collected));
    await shot(admin, '44-admin-district-after-report');
  });

  it('meets a conflict when someone saved the same hamlet while the official typed: both values on the cell, nothing lost', async () => {
    await official.bringToFront();
    const report = official.getByTestId('report-editor');
    const first = report.locator('tr.report-row').nth(0);
    const code = (await first.getAttribute('data-code'))!;
    const collectedCell = first.getByLabel(/^Thu nhận của/);
    const shown = {
      collected: count(await collectedCell.inputValue()),
      activated: count(await first.getByLabel(/^Kích hoạt của/).inputValue()),
    };
    // The official starts correcting Ấp 1 ...
    await collectedCell.fill(String(shown.collected + 9));
    await official.keyboard.press('Tab');
    // ... while the admin saves Ấp 1 from elsewhere, replacing the report both were shown.
    const byAdmin = { collected: shown.collected + 5, activated: shown.activated };
    const saved = await graphqlInPage<{ errors?: unknown }>(
      admin,
      `mutation ($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`,
      {
        input: { campaign: 'DDDT-2023', date: '2023-11-15', reports: [{ unit: code, ...byAdmin, expected: shown }] },
      },
    );
    expect(saved.errors).toBeUndefined();

    // The official's save names the report the sheet showed: refused, and the cell shows both values.
    await report.getByRole('button', { name: 'Lưu báo cáo' }).click();
    await waitForText(
      report.getByTestId('report-banner'),
      'đã có người khác lưu số liệu của 1 ấp; chưa có gì được lưu',
    );
    const problem = first.locator('.cell-problem').first();
    await waitForText(problem, `Số đã lưu đổi thành ${vi(byAdmin.collected)}`);
    expect(await textOf(problem)).toContain(`số bạn gửi: ${vi(shown.collected + 9)}`);
    expect(await collectedCell.inputValue()).toBe(vi(shown.collected + 9));
    expect(await official.locator('.tab.dirty').count()).toBe(1);
    await shot(official, '43b-report-conflict');
    const onRecord = await graphqlInPage<{ data: { unit: { progress: { collected: number } } } }>(official, DISTRICT, {
      code,
    });
    expect(onRecord.data.unit.progress.collected).toBe(byAdmin.collected);

    // Seen both, the official saves again: now it replaces the admin's report, deliberately.
    await report.getByRole('button', { name: 'Lưu báo cáo' }).click();
    await waitForText(official.locator('.notification'), 'Đã lưu báo cáo ngày 15/11/2023 của 1 ấp');
    await official.locator('.tab.dirty').waitFor({ state: 'detached' });
    const after = await graphqlInPage<{ data: { unit: { progress: { collected: number } } } }>(official, DISTRICT, {
      code,
    });
    expect(after.data.unit.progress.collected).toBe(shown.collected + 9);
  });

  it('warns, without stopping the save, on a day’s gain far above the hamlet’s usual one', async () => {
    const report = official.getByTestId('report-editor');
    const fourth = report.locator('tr.report-row').nth(3);
    const [prevCollected = 0, prevActivated = 0] = (await fourth.locator('.count-previous').allTextContents()).map(
      count,
    );
    await fourth.getByLabel(/^Thu nhận của/).fill(String(prevCollected + 203));
    await official.keyboard.press('Tab');
    await official.keyboard.type(String(prevActivated + 2));
    await official.keyboard.press('Tab');
    const warning = fourth.getByTestId('cell-warning');
    await waitForText(warning, 'Tăng 203, cao bất thường: ấp này thường tăng khoảng +');
    expect(await warning.count()).toBe(1);
    expect(await fourth.getByLabel(/^Thu nhận của/).getAttribute('aria-invalid')).toBeNull();
    expect(await textOf(official.locator('.report-summary'))).toBe('Sẽ lưu 1 ấp');
    await shot(official, '43c-report-unusual-gain');
  });

  it('closing the dirty report offers "Lưu": it saves the report, then closes the tab', async () => {
    const code = (await official
      .getByTestId('report-editor')
      .locator('tr.report-row')
      .nth(3)
      .getAttribute('data-code'))!;
    const before = await graphqlInPage<{ data: { unit: { progress: { collected: number } } } }>(official, DISTRICT, {
      code,
    });
    await official.locator('.tab.dirty .tab-close').click();
    const dialog = official.getByRole('alertdialog');
    await waitForText(dialog, 'Lưu thay đổi của');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await waitForText(official.locator('.notification'), 'Đã lưu báo cáo ngày 15/11/2023 của 1 ấp');
    await official.getByTestId('report-editor').waitFor({ state: 'detached' });
    const after = await graphqlInPage<{ data: { unit: { progress: { collected: number } } } }>(official, DISTRICT, {
      code,
    });
    expect(after.data.unit.progress.collected - before.data.unit.progress.collected).toBe(203);
  });

  it('is usable on a phone, 360 px wide', async () => {
    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'vi-VN',
      deviceScaleFactor: 2,
      hasTouch: true,
      isMobile: true,
    });
    const page = await phone.newPage();
    await page.goto(server.url);
    await logIn(page, 'official');
    // On a phone the panel starts closed and the side bar steps aside when an editor opens.
    expect(await page.locator('[data-part="panel"]').count()).toBe(0);
    await runCommand(page, 'nhap so lieu', /Nhập số liệu ngày/);
    const report = page.getByTestId('report-editor');
    await report.locator('tr.report-row').first().waitFor();
    expect(await page.locator('[data-part="sidebar"]').count()).toBe(0);
    const overflow = await page.evaluate(() => {
      const content = document.querySelector('.editor-content');
      const page = document.documentElement.scrollWidth - window.innerWidth;
      return content ? Math.max(page, content.scrollWidth - content.clientWidth) : -1;
    });
    expect(overflow).toBeLessThanOrEqual(1);
    const input = report
      .locator('tr.report-row')
      .nth(2)
      .getByLabel(/^Thu nhận của/);
    const box = await input.boundingBox();
    expect(box && box.width).toBeGreaterThan(70);
    await input.click();
    await page.keyboard.type('1');
    await shot(page, '45-report-phone-360');
    await phone.close();
  });

  it('left no error in the page', () => {
    expect(errors).toEqual([]);
  });
});
