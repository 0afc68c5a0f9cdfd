import { describe, expect, it } from 'vitest';
import { graphqlInPage, shot, waitForText } from './console-helpers';
import { useConsole } from './use-console';

const count = (text: string) => Number(text.replace(/\D/g, ''));
const FIGURES = `query ($code: String!) { unit(code: $code) { progress(campaign: "DDDT-2023") { collected activated } } }`;

/** The official saves with the network cut: told so in Vietnamese, what was typed stays, and it saves once back online. */
describe('report sheet: saving with no network', () => {
  const { page, errors } = useConsole({ login: 'official' });

  it('says the connection is lost in both languages, keeps the typed counts, and saves when the network is back', async () => {
    await page.getByRole('button', { name: 'Nhập số liệu hôm nay' }).click();
    const report = page.getByTestId('report-editor');
    const first = report.locator('tr.report-row').first();
    await first.getByLabel(/^Thu nhận của/).waitFor();
    const code = (await first.getAttribute('data-code'))!;
    const [collected = 0, activated = 0] = (await first.locator('.count-previous').allTextContents()).map(count);
    await first.getByLabel(/^Thu nhận của/).fill(String(collected + 4));
    await first.getByLabel(/^Kích hoạt của/).fill(String(activated + 3));

    await page.context().setOffline(true);
    await report.getByRole('button', { name: 'Lưu báo cáo' }).click();
    const banner = report.getByTestId('report-banner');
    await waitForText(banner, 'Chưa gửi được');
    expect(await banner.textContent()).toContain('Số liệu vừa nhập vẫn còn trên trang');
    expect(await banner.textContent()).not.toContain('Failed to fetch');
    expect(await first.getByLabel(/^Thu nhận của/).inputValue()).toBe(String(collected + 4));
    await shot(page, 'r1-report-offline');

    await page.context().setOffline(false);
    await report.getByRole('button', { name: 'Lưu báo cáo' }).click();
    await waitForText(page.locator('.notification, [role="status"]'), 'Đã lưu báo cáo');
    const saved = await graphqlInPage<{ data: { unit: { progress: { collected: number; activated: number } } } }>(
      page,
      FIGURES,
      { code },
    );
    expect(saved.data.unit.progress).toEqual({ collected: collected + 4, activated: activated + 3 });
    expect(errors).toEqual([]);
  });
});
