import { beforeAll, describe, expect, it } from 'vitest';
import { explorerMenu, graphqlInPage, runCommand, shot, waitForText } from './console-helpers';
import { useConsole } from './use-console';

interface Split {
  version: string;
  target: number;
  children: Array<{ target: number; unit: { code: string; name: string } }>;
}
const SPLIT = `query { targets(campaign: "DDDT-2023", parent: "836") { version target children { target unit { code name } } } }`;
const ASSIGN = `mutation($input: AssignTargetsInput!) { assignTargets(input: $input) { version } }`;
const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/**
 * The admin splits Huyện Ba Tri's target over its communes with a split helper and saves; a stale
 * save meets CONFLICT with what changed; the Problems panel lists a split that does not add up.
 */
describe('console: admin splits a district’s target', () => {
  const { page, errors } = useConsole({ login: 'admin' });
  let split: Split;
  const grid = () => page.getByTestId('targets-editor');
  const splitNow = async () => (await graphqlInPage<{ data: { targets: Split } }>(page, SPLIT)).data.targets;

  beforeAll(async () => {
    split = await splitNow();
  });

  it('opens Huyện Ba Tri’s targets from the explorer: its own target and one cell per commune', async () => {
    await explorerMenu(page, /Huyện Ba Tri/, /Phân bổ chỉ tiêu/);
    await grid().waitFor();
    await waitForText(grid().getByTestId('own-target'), vi(split.target));
    expect(await grid().locator('tbody tr').count()).toBe(split.children.length);
    await waitForText(grid().getByTestId('allocation'), 'Đã phân bổ đủ');
  });

  it('moves the sum and the remainder as a cell is typed', async () => {
    const first = grid().getByLabel(`Chỉ tiêu của ${split.children[0]!.unit.name}`);
    await first.fill(String(split.children[0]!.target + 1000));
    await waitForText(grid().getByTestId('allocation'), 'Phân bổ vượt');
    await waitForText(grid().getByTestId('unallocated'), vi(1000));
    await waitForText(grid().getByTestId('grid-total'), vi(split.target + 1000));
    expect(await page.locator('.tab.dirty').count()).toBe(1);
    await shot(page, '50-targets-over-allocated');
  });

  it('previews an equal split, applies it and saves in one assignTargets', async () => {
    await grid().getByRole('combobox').selectOption('EQUAL');
    await grid().getByRole('button', { name: 'Xem trước' }).click();
    await grid().locator('td.proposed').first().waitFor();
    const proposed = (await grid().locator('tbody td.proposed').allTextContents()).map((t) =>
      Number(t.replace(/\D/g, '')),
    );
    expect(proposed.reduce((a, b) => a + b, 0)).toBe(split.target);
    expect(Math.max(...proposed) - Math.min(...proposed)).toBeLessThanOrEqual(1);
    await shot(page, '51-targets-preview-equal');
    await grid().getByRole('button', { name: 'Áp dụng đề xuất' }).click();
    await waitForText(grid().getByTestId('allocation'), 'Đã phân bổ đủ');
    await grid().getByRole('button', { name: 'Lưu phân bổ' }).click();
    await waitForText(page.locator('.notification'), 'Đã lưu chỉ tiêu của');
    await page.locator('.tab.dirty').waitFor({ state: 'detached' });
    const saved = await splitNow();
    expect(saved.version).not.toBe(split.version);
    expect(saved.children.map((c) => c.target)).toEqual(proposed);
    split = saved;
    await shot(page, '52-targets-saved');
  });

  it('refuses a stale save with CONFLICT and shows what changed, then saves over the latest', async () => {
    const [a, b, c] = split.children;
    await grid()
      .getByLabel(`Chỉ tiêu của ${a!.unit.name}`)
      .fill(String(a!.target + 5));
    await grid()
      .getByLabel(`Chỉ tiêu của ${b!.unit.name}`)
      .fill(String(b!.target - 5));
    // Someone else saves a change to a third commune meanwhile.
    await graphqlInPage(page, ASSIGN, {
      input: { campaign: 'DDDT-2023', parent: '836', targets: [{ unit: c!.unit.code, target: c!.target + 7 }] },
    });
    await grid().getByRole('button', { name: 'Lưu phân bổ' }).click();
    const conflict = grid().getByTestId('conflict');
    await waitForText(conflict, 'CONFLICT');
    await waitForText(conflict, `${c!.unit.name}: ${vi(c!.target)} → ${vi(c!.target + 7)}`);
    await shot(page, '53-targets-conflict');
    await conflict.getByRole('button', { name: /Lấy bản mới nhất/ }).click();
    await conflict.waitFor({ state: 'detached' });
    await waitForText(grid().getByTestId('allocation'), 'Phân bổ vượt');
    await waitForText(grid().getByTestId('unallocated'), vi(7));
    await grid().getByRole('button', { name: 'Lưu phân bổ' }).click();
    await waitForText(page.locator('.notification'), 'Đã lưu chỉ tiêu của 2 đơn vị');
    const saved = await splitNow();
    expect(saved.children.slice(0, 3).map((x) => x.target)).toEqual([a!.target + 5, b!.target - 5, c!.target + 7]);
  });

  it('lists the over-allocated district in the Problems panel; a click opens its targets', async () => {
    // Close the editor first: the palette's box and the split helper's select are both comboboxes.
    await page.locator('.tab').filter({ hasText: 'Chỉ tiêu · Huyện Ba Tri' }).locator('.tab-close').click();
    await grid().waitFor({ state: 'detached' });
    await runCommand(page, 'van de', /Hiện bảng vấn đề/);
    const problems = page.getByTestId('target-problems');
    await waitForText(problems, 'Huyện Ba Tri');
    await waitForText(problems, `phân bổ vượt ${vi(7)}`);
    await shot(page, '54-problems-panel');
    await problems.getByRole('button', { name: /Huyện Ba Tri/ }).click();
    await waitForText(grid().getByTestId('allocation'), 'Phân bổ vượt');
    expect(errors).toEqual([]);
  });
});
