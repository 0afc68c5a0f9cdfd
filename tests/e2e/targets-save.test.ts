import { describe, expect, it } from 'vitest';
import { explorerMenu, graphqlInPage, shot, waitForText } from './console-helpers';
import { useConsole } from './use-console';

const SPLIT = `query { targets(campaign: "DDDT-2023", parent: "836") { target children { target unit { code name } } } }`;
interface Split {
  target: number;
  children: Array<{ target: number; unit: { code: string; name: string } }>;
}

/**
 * Saving a split that does not add up: the save bar warns before the save (saving stays allowed),
 * the success toast leaves the save bar visible, and the reason is cleared for the next change.
 */
describe('console: admin saves a split that leaves part of the target unallocated', () => {
  const { page, errors } = useConsole({ login: 'admin' });
  const grid = () => page.getByTestId('targets-editor');
  const footer = () => grid().locator('.targets-footer');

  it('warns of the 241 left unallocated before saving, and still saves', async () => {
    const split = (await graphqlInPage<{ data: { targets: Split } }>(page, SPLIT)).data.targets;
    const commune = split.children[0]!;
    await explorerMenu(page, /Huyện Ba Tri/, /Phân bổ chỉ tiêu/);
    await grid().waitFor();
    // The panel closed: the editor reaches down to the status bar, where the toasts show.
    if (await page.locator('.panel-inner').isVisible()) await page.keyboard.press('Control+KeyJ');
    await page.locator('.panel-inner').waitFor({ state: 'hidden' });
    await waitForText(grid().getByTestId('allocation'), 'Đã phân bổ đủ');
    expect(await footer().getByTestId('split-warning').count()).toBe(0);

    await grid()
      .getByLabel(`Chỉ tiêu của ${commune.unit.name}`)
      .fill(String(commune.target - 241));
    const warning = footer().getByTestId('split-warning');
    await waitForText(warning, 'Còn 241 chưa phân bổ');
    expect(await warning.textContent()).toContain('vẫn có thể lưu');
    await footer().getByLabel('Lý do (ghi vào nhật ký)').fill('Giữ lại 241 cho đợt sau');
    await shot(page, '95-targets-unallocated-warning');

    const save = footer().getByRole('button', { name: 'Lưu phân bổ' });
    await save.click();
    const toast = page.locator('.notification', { hasText: 'Đã lưu chỉ tiêu của' });
    await toast.waitFor();
    await page.locator('.tab.dirty').waitFor({ state: 'detached' });
    await shot(page, '96-targets-saved-toast');
    const [t, s] = [await toast.boundingBox(), await footer().boundingBox()];
    // The toast sits clear of the save bar: above it or beside it, never over it.
    const overlaps =
      t!.x < s!.x + s!.width && s!.x < t!.x + t!.width && t!.y < s!.y + s!.height && s!.y < t!.y + t!.height;
    expect(overlaps).toBe(false);
    expect(await footer().getByLabel('Lý do (ghi vào nhật ký)').inputValue()).toBe('');
    // Saved as typed: the remainder is now a problem to see, not a change pending.
    await waitForText(grid().getByTestId('unallocated'), '241');
    expect(await footer().getByTestId('split-warning').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
