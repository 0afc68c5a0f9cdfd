import { beforeAll, describe, expect, it } from 'vitest';
import { explorerMenu, graphqlInPage, runCommand, shot, waitForText } from './console-helpers';
import { useConsole } from './use-console';

const HAMLETS = `query { unit(code: "29119") { children { code history(campaign: "DDDT-2023", from: "2023-11-14", to: "2023-11-14") { collected activated } } } }`;

/** The admin's tools: CSV import with its dry run, the users view, and the audit of it all. */
describe('console: admin imports a CSV, manages users and reads the audit', () => {
  const { page, errors } = useConsole({ login: 'admin' });
  let hamlets: Array<{ code: string; history: Array<{ collected: number; activated: number }> }>;

  beforeAll(async () => {
    hamlets = (await graphqlInPage<{ data: { unit: { children: typeof hamlets } } }>(page, HAMLETS)).data.unit.children;
  });

  const row = (i: number, date: string, plusCollected: number, plusActivated: number) => {
    const h = hamlets[i]!;
    const last = h.history[0]!;
    return `${h.code};${date};${last.collected + plusCollected};${last.activated + plusActivated}`;
  };
  const upload = async (name: string, lines: string[]) => {
    const input = page.getByTestId('import-editor').locator('input[type="file"]');
    await input.setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFFMã ấp;Ngày;Thu nhận;Kích hoạt\n${lines.join('\n')}\n`, 'utf8'),
    });
  };

  it('dry-runs a CSV with bad rows: the summary and every rejected row with its line and reason', async () => {
    await runCommand(page, 'tep csv', /Nhập số liệu từ tệp CSV/);
    await upload('bao-cao-loi.csv', [
      row(0, '15/11/2023', 10, 5),
      'KHONG-CO;15/11/2023;10;5',
      row(1, '15/11/2023', 10, 500),
      row(2, '16/11/2023', 1, 1),
    ]);
    const summary = page.getByTestId('import-summary');
    await waitForText(summary, 'Dòng bị từ chối');
    const rejected = page.getByTestId('import-rejected');
    expect(await rejected.locator('tbody tr').count()).toBe(3);
    await waitForText(rejected, 'KHONG-CO');
    await waitForText(rejected, 'Số kích hoạt không được lớn hơn số thu nhận.');
    expect(await page.getByRole('button', { name: /Nhập thật/ }).isDisabled()).toBe(true);
    await shot(page, '60-import-dry-run-rejected');
  });

  it('imports a clean file for real after its dry run', async () => {
    await upload('bao-cao.csv', [row(0, '15/11/2023', 10, 5), row(1, '15/11/2023', 20, 8)]);
    const commit = page.getByRole('button', { name: 'Nhập thật 2 dòng' });
    await commit.waitFor();
    await commit.click();
    await waitForText(page.getByTestId('import-editor'), 'Đã nhập xong');
    await waitForText(page.locator('.notification'), 'Đã nhập 2 báo cáo từ tệp bao-cao.csv');
    await shot(page, '61-import-done');
  });

  it('exports the communes of Huyện Ba Tri as a CSV that opens in Excel (UTF-8 with BOM)', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      explorerMenu(page, /Huyện Ba Tri/, /Xuất CSV/),
    ]);
    expect(download.suggestedFilename()).toBe('chitieu-DDDT-2023-836-2023-11-15.csv');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Xã Tân Xuân');
    expect(text.trim().split('\n').length).toBe(24);
  });

  it('creates an official for Xã Tân Xuân in the users view, then deactivates them', async () => {
    await runCommand(page, 'nguoi dung', /Quản lý người dùng/);
    const view = page.getByTestId('users-editor');
    await waitForText(view.getByTestId('users-table'), 'official');
    await view.getByRole('button', { name: 'Tạo người dùng' }).click();
    await view.getByLabel('Tên đăng nhập', { exact: true }).fill('can.bo.moi');
    await view.getByLabel('Mật khẩu ban đầu').fill('mat-khau-1');
    await view.getByLabel('Vai trò').selectOption('OFFICIAL');
    await view.getByLabel('Đơn vị (phạm vi)').fill('29119');
    await view.getByRole('button', { name: 'Tạo', exact: true }).click();
    await waitForText(page.locator('.notification'), 'Đã tạo người dùng can.bo.moi');
    const created = view.locator('tr[data-username="can.bo.moi"]');
    await waitForText(created, 'Xã Tân Xuân');
    await created.getByRole('button', { name: 'Khoá: can.bo.moi' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Đồng ý' }).click();
    await waitForText(created, 'đã khoá');
    await shot(page, '62-users');
  });

  it('lists every change in the audit, newest first, filtered by user and kind', async () => {
    await runCommand(page, 'nhat ky thay doi', /Xem nhật ký thay đổi/);
    const audit = page.getByTestId('audit-editor');
    const table = audit.getByTestId('audit-table');
    await waitForText(table, 'Khoá tài khoản');
    expect(await table.locator('tbody tr').first().textContent()).toContain('Khoá tài khoản');
    await audit.getByLabel('Người thực hiện').fill('admin');
    await audit.getByLabel('Loại thay đổi').selectOption('tally');
    await audit.getByRole('button', { name: 'Lọc', exact: true }).click();
    await table.locator('tbody tr').filter({ hasText: 'Khoá tài khoản' }).waitFor({ state: 'detached' });
    await waitForText(table, 'Nhập số liệu');
    const kinds = await table.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(kinds.length).toBeGreaterThanOrEqual(2);
    expect(kinds.filter((k) => !['Nhập số liệu', 'Sửa số liệu', 'Nhập tệp CSV'].includes(k))).toEqual([]);
    await shot(page, '63-audit');
    expect(errors).toEqual([]);
  });
});
