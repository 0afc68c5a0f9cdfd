import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editor, explorerMenu, graphqlInPage, runCommand, shot, textOf, waitForText } from './console-helpers';
import { useConsole } from './use-console';

const RECORD = 'mutation($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }';

/** What has the keyboard focus: a part of the workbench and a description of the element. */
async function focused(
  page: Page,
): Promise<{ part: string | null; id: string; label: string; text: string; tag: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      part: element?.closest<HTMLElement>('[data-part]')?.dataset.part ?? null,
      id: element?.id ?? '',
      label: element?.getAttribute('aria-label') ?? '',
      text: (element?.textContent ?? '').trim(),
      tag: element?.tagName ?? '',
    };
  });
}

async function closeActiveTab(page: Page): Promise<void> {
  const tabs = page.locator('.editor-group.active .tab');
  const before = await tabs.count();
  await page.locator('.editor-group.active .tab.active .tab-close').click();
  await page.waitForFunction((n) => document.querySelectorAll('.editor-group.active .tab').length < n, before);
}

/** Waits until the focus is in the report sheet's first empty count and returns its label. */
async function waitForFirstEmptyCell(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      const sheet = document.querySelector('.editor-group.active [data-testid="report-editor"]');
      const empty = Array.from(sheet?.querySelectorAll<HTMLInputElement>('input.count-input') ?? []).find(
        (input) => input.value === '',
      );
      return empty !== undefined && document.activeElement === empty ? empty.getAttribute('aria-label') : null;
    },
    undefined,
    { timeout: 10_000 },
  );
  return String(await handle.jsonValue());
}

/**
 * The official's first minutes: a mistyped password, then the welcome page's "Nhập số liệu hôm
 * nay", the same from the commune's and a hamlet's editor, the palette and the context menu;
 * wherever the sheet is opened from, the cursor waits in its first empty cell.
 */
describe('console: the official starts the day', () => {
  const { page, errors } = useConsole();
  let firstHamlet = '';

  /** The sheet's cursor is in its first empty cell: past the first hamlet, reported already; then the tab closes. */
  const expectCursorPastFirstHamlet = async (screenshot: string): Promise<void> => {
    const label = await waitForFirstEmptyCell(page);
    expect(label).toMatch(/^Thu nhận của /);
    expect(label).not.toBe(`Thu nhận của ${firstHamlet}`);
    await shot(page, screenshot);
    await closeActiveTab(page);
  };

  it('a wrong password, first thing in a fresh browser, shows the server’s answer and keeps the user name', async () => {
    await page.getByLabel('Tên đăng nhập').fill('official');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.locator('.login-card [role="alert"]');
    await waitForText(alert, 'Tên đăng nhập hoặc mật khẩu không đúng');
    // Give a wrongly lost "session" time to reset the form, as it did.
    await page.waitForTimeout(800);
    expect(await textOf(alert)).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(await textOf(alert)).not.toContain('Phiên đăng nhập');
    expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('official');
    await shot(page, '70-login-wrong-password');
  });

  it('after signing in the focus is on the welcome page’s main action, “Nhập số liệu hôm nay”', async () => {
    await page.getByLabel('Mật khẩu').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const button = page.locator('[data-part="editor"]').getByRole('button', { name: 'Nhập số liệu hôm nay' });
    await button.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('Nhập số liệu hôm nay'), undefined, {
      timeout: 5_000,
    });
    expect((await focused(page)).part).toBe('editor');
    await shot(page, '71-official-welcome');
  });

  it('the welcome button opens today’s sheet with the cursor in the first empty cell', async () => {
    // Ấp 1 has reported today already (from another device): its row is not empty.
    const first = page.locator('[role="treeitem"][aria-level="2"]').first();
    firstHamlet = await textOf(first.locator('.tree-label'));
    const code = await first.getAttribute('data-code');
    const answer = await graphqlInPage(page, RECORD, {
      input: { campaign: 'DDDT-2023', date: '2023-11-15', reports: [{ unit: code, collected: 900, activated: 700 }] },
    });
    expect(JSON.stringify(answer)).toContain('"saved":1');
    await page.locator('[data-part="editor"]').getByRole('button', { name: 'Nhập số liệu hôm nay' }).click();
    const report = page.getByTestId('report-editor');
    await report.waitFor();
    expect(await report.getAttribute('data-date')).toBe('2023-11-15');
    await waitForText(report.locator('tr.report-row.reported'), firstHamlet);
    await expectCursorPastFirstHamlet('72-sheet-from-welcome');
  });

  it('the commune’s editor has the button too, and so has a hamlet’s', async () => {
    await page.getByRole('treeitem').first().click();
    await waitForText(editor(page).title, 'Xã Tân Xuân');
    const onCommune = editor(page).root.getByRole('button', { name: 'Nhập số liệu hôm nay' });
    await onCommune.waitFor();
    await shot(page, '73-commune-editor-button');
    const hamlet = page.locator('[role="treeitem"][aria-level="2"]').first();
    await hamlet.waitFor();
    const name = await textOf(hamlet.locator('.tree-label'));
    await hamlet.click();
    await waitForText(editor(page).title, name);
    await editor(page).root.getByRole('button', { name: 'Nhập số liệu hôm nay' }).click();
    const report = page.locator('.editor-group.active').getByTestId('report-editor');
    await report.waitFor();
    expect(await report.getAttribute('data-code')).toBe(
      await page.getByRole('treeitem').first().getAttribute('data-code'),
    );
    expect(await waitForFirstEmptyCell(page)).toMatch(/^Thu nhận của /);
    await closeActiveTab(page);
  });

  it('from the palette the cursor is in the first empty cell too', async () => {
    await page.getByRole('treeitem').first().click();
    await waitForText(editor(page).title, 'Xã Tân Xuân');
    await runCommand(page, 'nhap so lieu ngay', /Nhập số liệu ngày/);
    await page.getByTestId('report-editor').waitFor();
    await expectCursorPastFirstHamlet('74-sheet-from-palette');
  });

  it('from the explorer’s context menu the cursor is in the sheet, not back on the row', async () => {
    await explorerMenu(page, /Xã Tân Xuân/, /Nhập số liệu ngày/);
    await page.getByTestId('report-editor').waitFor();
    expect(await waitForFirstEmptyCell(page)).toMatch(/^Thu nhận của /);
    expect((await focused(page)).part).toBe('editor');
    expect(errors).toEqual([]);
  });
});
