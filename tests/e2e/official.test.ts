import { describe, expect, it } from 'vitest';
import { editor, logIn, runCommand, shot, textOf, waitForText } from './console-helpers';
import { useConsole } from './use-console';

/**
 * A commune official sees their commune and its hamlets; the units above appear only as names in
 * the breadcrumbs, never as links or figures.
 */
describe('console: the official of Xã Tân Xuân', () => {
  const { page, errors } = useConsole();

  it('sees Xã Tân Xuân at the root of the explorer, with its hamlets', async () => {
    await logIn(page, 'official');
    await waitForText(page.getByTestId('status-user'), 'official · Cán bộ · Xã Tân Xuân');
    const root = page.getByRole('treeitem').first();
    await waitForText(root, 'Xã Tân Xuân');
    expect(await root.getAttribute('aria-level')).toBe('1');
    await page.locator('[role="treeitem"][aria-level="2"]').first().waitFor();
    const hamlets = await page.locator('[role="treeitem"][aria-level="2"]').allTextContents();
    expect(hamlets.length).toBeGreaterThan(1);
    expect(await page.getByRole('treeitem', { name: /Huyện Ba Tri/ }).count()).toBe(0);
    await shot(page, '20-official-explorer');
  });

  it('opens the commune: the units above are names only in the breadcrumbs', async () => {
    await page.getByRole('treeitem').first().click();
    const unit = editor(page);
    await waitForText(unit.title, 'Xã Tân Xuân');
    await unit.target.waitFor();
    const crumbs = page.locator('.editor-group.active').getByTestId('breadcrumbs');
    await waitForText(crumbs, 'Huyện Ba Tri');
    expect(await crumbs.locator('.out-of-scope').allTextContents()).toEqual(['Tỉnh Bến Tre', 'Huyện Ba Tri']);
    expect(await crumbs.getByRole('button').count()).toBe(0);
    expect(await textOf(unit.activatedRate)).toMatch(/%$/);
    await shot(page, '21-official-commune');
  });

  it('opens a hamlet, whose breadcrumbs link back to the commune only', async () => {
    const hamlet = page.locator('[role="treeitem"][aria-level="2"]').first();
    const name = await textOf(hamlet.locator('.tree-label'));
    await hamlet.click();
    await waitForText(editor(page).title, name);
    const crumbs = page.locator('.editor-group.active').getByTestId('breadcrumbs');
    await waitForText(crumbs, name);
    expect(await crumbs.getByRole('button').allTextContents()).toEqual(['Xã Tân Xuân']);
    await shot(page, '22-official-hamlet');
  });

  it('shows a tally entered elsewhere within seconds, with no reload or F5', async () => {
    const row = page.locator('[role="treeitem"][aria-level="2"]').first();
    const code = await row.getAttribute('data-code');
    await row.dblclick();
    const unit = editor(page);
    await waitForText(unit.root.getByTestId('kpi-collected'), '757');
    // Another session records a report for this hamlet (same user, straight to the API).
    const answer = await page.evaluate(
      async ({ unitCode }) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }',
            variables: {
              input: {
                campaign: 'DDDT-2023',
                date: '2023-11-15',
                reports: [{ unit: unitCode, collected: 800, activated: 650 }],
              },
            },
          }),
        });
        return response.json();
      },
      { unitCode: code },
    );
    expect(JSON.stringify(answer)).toContain('"saved":1');
    // No key pressed: the console notices the data version moved and refetches on its own.
    await waitForText(unit.root.getByTestId('kpi-collected'), '800');
    await waitForText(unit.root.getByTestId('kpi-activated'), '650');
    await shot(page, '23-official-after-refresh');
  });

  it('signs out from the palette, back to the login screen', async () => {
    await runCommand(page, 'dang xuat', /Đăng xuất/);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(await page.getByRole('tree').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
