import { describe, expect, it } from 'vitest';
import { editor, logIn, runCommand, shot, textOf, waitForText } from './console-helpers';
import { useConsole } from './use-console';

/**
 * The console's first journey, in Debian's Chromium against the real server and demo seed:
 * sign in as admin, read the province, drill down to a hamlet, quick open, the palette, and the
 * as-of date. Each step leaves a screenshot (the folder is printed at the end).
 */
describe('console: admin drills from the province to a hamlet', () => {
  const { page, errors } = useConsole();

  it('shows a Vietnamese login screen, then the workbench for admin', async () => {
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await shot(page, '01-login');
    await logIn(page, 'admin');
    await waitForText(page.getByTestId('status-user'), 'admin · Quản trị · Tỉnh Bến Tre');
    await waitForText(page.getByTestId('status-asof'), '15/11/2023');
    const root = page.getByRole('treeitem', { name: /Tỉnh Bến Tre/ });
    expect(await root.getAttribute('aria-level')).toBe('1');
    await page.getByRole('treeitem', { name: /Huyện Ba Tri/ }).waitFor();
    await shot(page, '02-workbench');
  });

  it('shows Tỉnh Bến Tre with 930.767, 88,33% and 71,30%', async () => {
    await page.getByRole('treeitem', { name: /Tỉnh Bến Tre/ }).click();
    const unit = editor(page);
    await waitForText(unit.target, '930.767');
    expect(await textOf(unit.collectedRate)).toBe('88,33%');
    expect(await textOf(unit.activatedRate)).toBe('71,30%');
    expect(await page.getByRole('tab', { name: /Tỉnh Bến Tre/ }).getAttribute('class')).toContain('preview');
    await unit.root.locator('.chart-canvas canvas').waitFor();
    await shot(page, '03-province');
  });

  it('drills to Huyện Ba Tri (71,60% / 56,85%), then a commune and a hamlet', async () => {
    let unit = editor(page);
    await unit.childLink('Huyện Ba Tri').click();
    unit = editor(page);
    await waitForText(unit.title, 'Huyện Ba Tri');
    await waitForText(unit.collectedRate, '71,60%');
    expect(await textOf(unit.activatedRate)).toBe('56,85%');
    await shot(page, '04-district-ba-tri');

    await unit.childLink('Xã Tân Xuân').click();
    await waitForText(editor(page).title, 'Xã Tân Xuân');
    const crumbs = page.locator('.editor-group.active').getByTestId('breadcrumbs');
    await waitForText(crumbs, 'Huyện Ba Tri');
    await shot(page, '05-commune-tan-xuan');

    const firstHamlet = editor(page).root.getByTestId('children-table').locator('tbody tr th button').first();
    const hamletName = await textOf(firstHamlet);
    await firstHamlet.click();
    await waitForText(editor(page).title, hamletName);
    await waitForText(crumbs, 'Xã Tân Xuân');
    expect(await crumbs.locator('li.breadcrumb').count()).toBe(4);
    expect(await textOf(crumbs)).toMatch(/Tỉnh Bến Tre.*Huyện Ba Tri.*Xã Tân Xuân/);
    // Previews reuse one tab; the hamlet has no table of children below it.
    expect(await page.locator('.editor-group.active [role="tab"]').count()).toBe(1);
    expect(await editor(page).root.getByTestId('children-table').count()).toBe(0);
    await shot(page, '06-hamlet');
  });

  it('walks the explorer with the keyboard (tree roles, levels, lazy children)', async () => {
    const tree = page.getByRole('tree');
    await page.getByRole('treeitem', { name: /Huyện Ba Tri/ }).click();
    await tree.focus();
    await page.keyboard.press('ArrowRight');
    const baTri = page.getByRole('treeitem', { name: /Huyện Ba Tri/ });
    await page.locator('[role="treeitem"][aria-level="3"]').first().waitFor();
    expect(await baTri.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('.editor-group.active [role="tab"][aria-selected="true"]:not(.preview)').waitFor();
    await shot(page, '07-explorer-keyboard');
  });

  it('expands the whole province from the context menu: 1,300+ rows, virtualised', async () => {
    await page.getByRole('treeitem', { name: /Tỉnh Bến Tre/ }).click({ button: 'right' });
    const menu = page.getByRole('menu');
    const expandAll = menu.getByRole('menuitem', { name: 'Mở rộng mọi cấp bên dưới' });
    await expandAll.waitFor();
    const items = await menu.getByRole('menuitem').allTextContents();
    expect(items.some((item) => item.startsWith('Mở bên cạnh'))).toBe(true);
    expect(items.some((item) => item.startsWith('Sao chép mã'))).toBe(true);
    await shot(page, '08-explorer-context-menu');
    await expandAll.click();
    await page.locator('[role="treeitem"][aria-level="4"]').first().waitFor();
    const tree = page.getByRole('tree');
    const rowsHeight = page.locator('#explorer-tree .tree-rows');
    const height = async () =>
      Number.parseFloat((await rowsHeight.getAttribute('style'))?.match(/height:\s*([\d.]+)px/)?.[1] ?? '0');
    // Every district, commune and hamlet of the demo (1,340 units), each row 22 px high.
    for (let i = 0; i < 150 && (await height()) < 22 * 1300; i++) await page.waitForTimeout(100);
    expect(await height()).toBeGreaterThan(22 * 1300);
    // Virtualised: far fewer rows are in the page than the tree holds.
    expect(await page.locator('[role="treeitem"]').count()).toBeLessThan(120);
    await tree.evaluate((element) => (element.scrollTop = 12_000));
    await page.waitForTimeout(100);
    expect(await page.locator('[role="treeitem"][aria-level="4"]').count()).toBeGreaterThan(10);
    await shot(page, '09-explorer-expanded-province');
    await tree.evaluate((element) => (element.scrollTop = 0));
    await page.getByRole('button', { name: 'Thu gọn cây đơn vị' }).click();
  });

  it('quick open finds "thanh phu" and opens Huyện Thạnh Phú in a tab', async () => {
    await page.keyboard.press('Control+P');
    await page.getByRole('combobox').fill('thanh phu');
    const first = page.getByRole('option').first();
    await waitForText(first, 'Huyện Thạnh Phú');
    await shot(page, '10-quick-open');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: /Huyện Thạnh Phú/, selected: true }).waitFor();
    await waitForText(editor(page).title, 'Huyện Thạnh Phú');
    await shot(page, '11-thanh-phu');
  });

  it('the palette runs "toggle theme" and "toggle panel"', async () => {
    const theme = () => page.locator('html').getAttribute('data-theme');
    expect(await theme()).toBe('dark');
    await runCommand(page, 'toggle theme', /Đổi giao diện màu/);
    expect(await theme()).toBe('light');
    await shot(page, '12-light-theme');

    expect(await page.locator('[data-part="panel"]').count()).toBe(1);
    await runCommand(page, 'toggle panel', /Bật\/tắt bảng dưới/);
    expect(await page.locator('[data-part="panel"]').count()).toBe(0);
    await shot(page, '13-panel-hidden');
    await runCommand(page, 'toggle panel', /Bật\/tắt bảng dưới/);
    await runCommand(page, 'giao dien toi', /Giao diện tối/);
    expect(await theme()).toBe('dark');
  });

  it('as of 31/10/2023, the figures change', async () => {
    await page.getByRole('treeitem', { name: /Tỉnh Bến Tre/ }).dblclick();
    const unit = editor(page);
    await waitForText(unit.collectedRate, '88,33%');
    await page.getByTestId('status-asof').click();
    const input = page.getByRole('dialog').getByRole('textbox');
    await input.fill('31/10/2023');
    await page.keyboard.press('Enter');
    await waitForText(page.getByTestId('status-asof'), '31/10/2023');
    await waitForText(unit.root.locator('.unit-asof'), '31/10/2023');
    const collected = await textOf(unit.collectedRate);
    const activated = await textOf(unit.activatedRate);
    expect(collected).toMatch(/^\d{1,2},\d{2}%$/);
    expect(collected).not.toBe('88,33%');
    expect(activated).not.toBe('71,30%');
    expect(await textOf(unit.target)).toBe('930.767');
    await shot(page, '14-as-of-31-10');
  });

  it('splits the editor to compare two units side by side', async () => {
    await page.keyboard.press('Control+Backslash');
    await page.locator('.editor-group').nth(1).waitFor();
    await page.keyboard.press('Control+P');
    await page.getByRole('combobox').fill('ba tri');
    await waitForText(page.getByRole('option').first(), 'Huyện Ba Tri');
    await page.keyboard.press('Enter');
    await waitForText(editor(page).title, 'Huyện Ba Tri');
    expect(await page.locator('.editor-group').count()).toBe(2);
    await shot(page, '15-split-compare');
  });

  it('works from the keyboard alone: F6 cycles the parts of the window', async () => {
    const part = () =>
      page.evaluate<string | undefined>("document.activeElement?.closest('[data-part]')?.dataset.part");
    await page.getByRole('tree').focus();
    const seen: Array<string | undefined> = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('F6');
      seen.push(await part());
    }
    expect(seen).toEqual(['editor', 'panel', 'statusbar', 'activitybar', 'sidebar']);
  });

  it('switches to English and high contrast, numbers follow the language', async () => {
    await runCommand(page, 'switch language', /Đổi ngôn ngữ/);
    await waitForText(page.getByTestId('status-asof'), 'Figures as of 31/10/2023');
    await runCommand(page, 'high contrast', /High Contrast Theme/);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('hc');
    await waitForText(editor(page).target, '930,767');
    await shot(page, '17-english-high-contrast');
    await runCommand(page, 'language', /Switch Language/);
    await runCommand(page, 'dark theme', /Giao diện tối/);
    await waitForText(page.getByTestId('status-asof'), 'Số liệu đến');
  });

  it('asks before closing a tab with unsaved changes', async () => {
    await page.keyboard.press('Control+Comma');
    await page.getByRole('radio', { name: 'Sáng' }).check();
    await page.locator('.editor-group.active [role="tab"].dirty').waitFor();
    await page.keyboard.press('Alt+KeyW');
    await page.getByRole('alertdialog').waitFor();
    await shot(page, '16-dirty-close-asks');
    await page.getByRole('button', { name: 'Không lưu' }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(errors).toEqual([]);
  });
});
