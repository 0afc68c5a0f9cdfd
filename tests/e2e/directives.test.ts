import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/graphql';
import type { TestServer } from '../support/server';
import { editor, logIn, runCommand, SCREENSHOT_DIR, shot, textOf, waitForText } from './console-helpers';
import { useConsole } from './use-console';

/**
 * Công văn 7027 in the console: admin opens it, filters the AT_RISK communes of Ba Tri, opens one,
 * posts an update on an unlinked line, generates the report as of 14/11/2023 (and prints it on
 * A4), files it, and finds the late lines in the Problems panel; then the as-of date moves the
 * whole directive to 16/12/2023, when the unmet lines are overdue.
 */
describe('console: admin follows Công văn 7027', () => {
  let server: TestServer;
  const { page, errors, session } = useConsole();
  let commune: { code: string; name: string };

  const directive = () => page.locator('.editor-group.active [data-testid="directive-editor"]');
  const filters = () => directive().getByTestId('line-filters');
  const lines = (task: number) => directive().getByTestId(`lines-${task}`);
  const rows = (task: number) => lines(task).locator('tbody tr.dir-line-row');
  const report = () => page.locator('.editor-group.active [data-testid="directive-report-editor"]');
  const pickUnit = async (search: string, option: RegExp) => {
    await filters().getByRole('combobox', { name: 'Thuộc đơn vị' }).fill(search);
    await page.getByRole('option', { name: option }).first().click();
  };
  const states = async (locator: Locator) =>
    (await locator.locator('.state-badge').allTextContents()).map((s) => s.trim());

  beforeAll(async () => {
    ({ server } = session);
  });

  it('opens Công văn 7027 from the Directives view', async () => {
    await logIn(page, 'admin');
    await page.getByRole('tab', { name: 'Văn bản chỉ đạo' }).click();
    const item = page.getByTestId('directive-list').getByRole('button', { name: /7027\/UBND-KSTT/ });
    await waitForText(item, 'Có nguy cơ chậm');
    await waitForText(item, 'hạn gần nhất 15/12/2023');
    await item.dblclick();
    await waitForText(directive().locator('.directive-number'), 'Công văn 7027/UBND-KSTT');
    await waitForText(directive().locator('.directive-facts'), 'UBND tỉnh Bến Tre');
    expect(await directive().locator('.dir-task-section').count()).toBe(5);
    await rows(2).first().waitFor();
    await shot(page, '70-directives-7027');
  });

  it('filters the AT_RISK communes of Ba Tri and opens one', async () => {
    await filters().getByLabel('Trạng thái').selectOption('AT_RISK');
    await filters().getByLabel('Cấp').selectOption('COMMUNE');
    await pickUnit('ba tri', /^Huyện Ba Tri/);
    await waitForText(filters().getByTestId('unit-filter-value'), 'Huyện Ba Tri');
    await waitForText(directive().getByTestId('task-1'), 'Không có dòng việc nào khớp bộ lọc.');
    // The table refetches with the filters: wait until every row is an AT_RISK commune.
    await expect
      .poll(async () => new Set(await states(rows(2))), { timeout: 15_000 })
      .toEqual(new Set(['Có nguy cơ chậm']));
    const codes = await rows(2).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code') ?? ''));
    expect(codes.length).toBeGreaterThan(3);
    // Ba Tri's communes have GSO codes 29110 to 29188.
    expect(codes.every((code) => /^29[01]\d\d$/.test(code) && Number(code) >= 29110 && Number(code) <= 29188)).toBe(
      true,
    );
    await directive()
      .getByTestId('task-2')
      .evaluate((el) => el.scrollIntoView());
    await shot(page, '71-directives-at-risk-communes-of-ba-tri');

    const first = rows(2).first();
    commune = {
      code: (await first.getAttribute('data-code')) ?? '',
      name: (await textOf(first.locator('th button'))).replace(/^UBND /, ''),
    };
    await first.locator('th button').click();
    const unit = editor(page);
    await page.locator(`.editor-group.active [data-testid="unit-editor"][data-code="${commune.code}"]`).waitFor();
    expect((await textOf(unit.title)).toLowerCase()).toBe(commune.name.toLowerCase());
    await unit.target.waitFor();
    await shot(page, '72-directives-at-risk-commune');
  });

  it('posts an update on the commune’s unlinked line', async () => {
    await page.getByRole('tab', { name: /Công văn 7027/ }).click();
    await filters().getByLabel('Trạng thái').selectOption('');
    await filters()
      .getByRole('button', { name: /Bỏ chọn Huyện Ba Tri/ })
      .click();
    await pickUnit(commune.code, new RegExp(commune.code));
    const line = rows(1).first();
    await waitForText(line, 'Chưa có cập nhật');
    await line.getByRole('button', { name: /Xem chi tiết/ }).click();
    const detail = directive().getByTestId('line-detail');
    await detail.getByLabel('Nội dung').fill('Đã tổ chức 3 buổi tuyên truyền, vận động tại các ấp.');
    await detail.getByLabel(/Tỷ lệ hoàn thành/).fill('50');
    await detail.getByRole('button', { name: 'Gửi cập nhật' }).click();
    await waitForText(detail.getByTestId('line-updates'), 'Đã tổ chức 3 buổi tuyên truyền, vận động tại các ấp.');
    await waitForText(line.locator('.dir-line-update'), 'Đã tổ chức 3 buổi tuyên truyền');
    expect(await textOf(detail.getByTestId('line-updates').locator('li').first())).toContain('50,00%');
    expect(await states(line)).toEqual(['Đúng tiến độ']);
    await shot(page, '73-directives-update-posted');
  });

  it('generates the report as of 14/11/2023 and sees the province’s figures', async () => {
    await filters()
      .getByRole('button', { name: /Bỏ lọc/ })
      .click();
    const line = rows(5).first();
    await waitForText(line, 'Công an tỉnh Bến Tre');
    await line.getByRole('button', { name: /Xem chi tiết/ }).click();
    await directive().getByTestId('line-detail').getByRole('button', { name: 'Lập báo cáo' }).click();
    await report().waitFor();
    await report().getByLabel('Số liệu đến ngày').fill('14/11/2023');
    await report().getByRole('button', { name: 'Lập báo cáo' }).click();
    const summary = report().getByTestId('report-summary');
    await waitForText(summary, '822.139');
    expect(await textOf(summary)).toContain('663.614');
    const document = report().getByTestId('report-document');
    expect(await textOf(document.locator('.dir-doc-motto'))).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(await textOf(document.locator('.dir-doc-asof'))).toBe('(Số liệu tính đến ngày 14/11/2023)');
    const baTri = report().getByTestId('report-units').locator('tr', { hasText: 'Huyện Ba Tri' });
    expect(await textOf(baTri)).toContain('56,85%');
    await shot(page, '74-directives-report-14-11-2023');

    const pdf = path.join(SCREENSHOT_DIR, '75-directives-report-a4.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await report().getByRole('link', { name: 'Tải CSV' }).getAttribute('href');
    const response = await page.request.get(new URL(csv ?? '', server.url).toString());
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('822139');
  });

  it('files the report: the snapshot is kept and the line is done', async () => {
    await report().getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Nộp báo cáo' }).click();
    await waitForText(report().locator('.dir-report-filed-banner'), 'số liệu đến 14/11/2023');
    await waitForText(report().locator('.dir-report-line-state'), 'Hoàn thành');
    expect(await textOf(report().getByTestId('report-summary'))).toContain('822.139');
    await shot(page, '76-directives-report-filed');
  });

  it('lists overdue and at-risk lines in the Problems panel, beside the target mismatches', async () => {
    await runCommand(page, 'hien bang van de', /Hiện bảng vấn đề/);
    const problems = page.getByTestId('problems-view');
    const section = problems.getByTestId('directive-problems');
    await waitForText(section, 'Công văn 7027/UBND-KSTT');
    await waitForText(section, 'có nguy cơ chậm');
    expect(await problems.locator('.problems-section').count()).toBeGreaterThanOrEqual(1);
    await shot(page, '77-directives-problems');
  });

  it('moves in time with the status-bar date: on 16/12/2023 the unmet lines are overdue', async () => {
    // Alt+D (the as-of command): clicking the status-bar item gives it focus back after Enter,
    // and the same Enter then opens the prompt again.
    await page.getByRole('tab', { name: /Công văn 7027/ }).click();
    await page.keyboard.press('Alt+KeyD');
    await page.getByRole('dialog').getByRole('textbox').fill('16/12/2023');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await waitForText(page.getByTestId('status-asof'), '16/12/2023');
    await page.getByRole('tab', { name: /Công văn 7027/ }).click();
    await waitForText(directive().locator('.directive-title-row'), 'Quá hạn');
    await filters().getByLabel('Trạng thái').selectOption('OVERDUE');
    await expect.poll(async () => new Set(await states(rows(2))), { timeout: 15_000 }).toEqual(new Set(['Quá hạn']));
    await directive()
      .getByTestId('task-2')
      .evaluate((el) => el.scrollIntoView());
    await shot(page, '78-directives-overdue-16-12-2023');
    expect(errors).toEqual([]);
  });
});

/** A commune official sees the directives with lines for the commune: its own lines, each task's state. */
describe('console: the official of Xã Tân Xuân follows Công văn 7027', () => {
  const { page, errors } = useConsole();

  it('sees only the commune’s own lines and each task’s overall state, and updates its line', async () => {
    await logIn(page, 'official');
    await page.getByRole('tab', { name: 'Văn bản chỉ đạo' }).click();
    await page
      .getByTestId('directive-list')
      .getByRole('button', { name: /7027\/UBND-KSTT/ })
      .dblclick();
    const directive = page.locator('.editor-group.active [data-testid="directive-editor"]');
    const task = (n: number) => directive.getByTestId(`task-${n}`);
    await task(2).locator('tbody tr.dir-line-row').first().waitFor();
    expect(await task(2).locator('tbody tr.dir-line-row').allTextContents()).toHaveLength(1);
    await waitForText(task(2).locator('tbody tr.dir-line-row'), 'UBND xã Tân Xuân');
    // The task's overall state shows; its overall percent is a figure of units above the commune.
    await waitForText(task(2).locator('.dir-task-facts'), 'Có nguy cơ chậm');
    expect(await textOf(task(2).locator('.dir-task-facts'))).not.toContain('hoàn thành');
    await waitForText(task(4), 'Nhiệm vụ chưa giao cho đơn vị nào trong phạm vi của bạn.');
    expect(await directive.getByRole('button', { name: 'Sửa văn bản' }).count()).toBe(0);

    const line = task(1).locator('tbody tr.dir-line-row').first();
    await line.getByRole('button', { name: /Xem chi tiết/ }).click();
    const detail = directive.getByTestId('line-detail');
    await detail.getByLabel('Nội dung').fill('Đoàn viên xã đã đến từng hộ ở Ấp 1 hướng dẫn kích hoạt VNeID.');
    await detail.getByRole('button', { name: 'Gửi cập nhật' }).click();
    await waitForText(detail.getByTestId('line-updates'), 'official');
    await shot(page, '79-directives-official');
    expect(errors).toEqual([]);
  });
});

/**
 * A district admin given a province REPORT_BY task reports on Huyện Ba Tri: the report shows, with
 * the tasks whose lines reach beyond the district as "—" (their percent is a figure of the province).
 */
describe('console: an admin of Huyện Ba Tri reports on task 5 of Công văn 7027', () => {
  const { page, errors, session } = useConsole();

  beforeAll(async () => {
    const admin = await new ApiClient(session.server.url).login('admin');
    await admin.data(
      `mutation { createUser(input: { username: "batri.admin", password: "secret1", role: ADMIN, scope: "836" }) { username } }`,
    );
    await admin.data(
      `mutation { addAssignees(input: { directive: "7027/UBND-KSTT", task: 5, assignees: ["836"] }) { number } }`,
    );
  });

  it('generates the district report with its own figures and no percent of the province', async () => {
    await logIn(page, 'batri.admin', 'secret1');
    await page.getByRole('tab', { name: 'Văn bản chỉ đạo' }).click();
    await page
      .getByTestId('directive-list')
      .getByRole('button', { name: /7027\/UBND-KSTT/ })
      .dblclick();
    const directive = page.locator('.editor-group.active [data-testid="directive-editor"]');
    const line = directive.getByTestId('task-5').locator('tbody tr.dir-line-row').first();
    await waitForText(line, 'UBND huyện Ba Tri');
    await line.getByRole('button', { name: /Xem chi tiết/ }).click();
    await directive.getByTestId('line-detail').getByRole('button', { name: 'Lập báo cáo' }).click();
    const report = page.locator('.editor-group.active [data-testid="directive-report-editor"]');
    await report.waitFor();
    await report.getByLabel('Số liệu đến ngày').fill('14/11/2023');
    await report.getByLabel('Chi tiết theo').selectOption('COMMUNE');
    await report.getByRole('button', { name: 'Lập báo cáo' }).click();
    const tasks = report.getByTestId('report-tasks');
    await tasks.waitFor();
    // Task 2 runs over every district and commune, task 4 over the province: no percent here.
    const percents = await tasks
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.querySelector('td.num')?.textContent?.trim() ?? ''));
    expect(percents[1]).toBe('—');
    expect(percents[3]).toBe('—');
    expect(await textOf(report.getByTestId('report-units'))).toContain('Xã Tân Xuân');
    await shot(page, '80-directives-report-district');
  });

  it("opens the province's campaign read-only, without its target (a figure above the district)", async () => {
    await runCommand(page, 'sua chien dich', /Sửa chiến dịch hiện tại/);
    const form = page.locator('.editor-group.active');
    await waitForText(form, 'DDDT-2023');
    expect(await form.getByLabel(/Chỉ tiêu của Tỉnh Bến Tre/).inputValue()).toBe('');
    expect(await form.getByLabel(/Chỉ tiêu của Tỉnh Bến Tre/).isDisabled()).toBe(true);
    await shot(page, '81-campaign-read-only-district');
    expect(errors).toEqual([]);
  });
});
