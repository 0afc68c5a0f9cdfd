import { formatDate, formatPace } from '@chitieu/shared';
import { describe, expect, it } from 'vitest';
import { graphqlInPage, runCommand, shot, textOf, waitForText } from './console-helpers';
import { useConsole } from './use-console';

interface Trend {
  paceNeeded: number | null;
  recentPace: number;
  projectedCompletion: string | null;
  state: string;
}

/**
 * An admin's daily look at Công văn 7027: the deadline report (task 5, Công an tỉnh) is one
 * command or one header button away, and each linked line shows the pace it needs, the pace it
 * keeps and when it will finish, on the row and in its detail.
 */
describe('console: the admin finds the deadline report and reads each line’s pace', () => {
  const { page, errors } = useConsole({ login: 'admin' });

  const directive = () => page.locator('.editor-group.active [data-testid="directive-editor"]');
  const report = () => page.locator('.editor-group.active [data-testid="directive-report-editor"]');
  /** Scrolls the directive's tab (not the window) until a task is at the top, as a wheel would. */
  const scrollToTask = async (task: number) => {
    const box = await directive().getByTestId(`task-${task}`).boundingBox();
    const editorBox = await directive().boundingBox();
    await page.mouse.move(editorBox!.x + 40, editorBox!.y + 200);
    await page.mouse.wheel(0, box!.y - editorBox!.y - 40);
  };
  const openDirective = async () => {
    await page.getByRole('tab', { name: 'Văn bản chỉ đạo' }).click();
    await page
      .getByTestId('directive-list')
      .getByRole('button', { name: /7027\/UBND-KSTT/ })
      .dblclick();
    await waitForText(directive().locator('.directive-number'), 'Công văn 7027/UBND-KSTT');
  };

  it('finds "Lập báo cáo…" in the palette typed without diacritics, and opens the report due next', async () => {
    await runCommand(page, 'bao cao', /Lập báo cáo/);
    await report().waitFor();
    await waitForText(report(), 'Công an tỉnh');
    await shot(page, '90-directive-report-from-palette');
    await page.locator('.editor-group.active .tab.active .tab-close').click();
    await report().waitFor({ state: 'detached' });
  });

  it('opens the report from the directive’s header', async () => {
    await openDirective();
    const button = directive()
      .locator('.directive-header')
      .getByRole('button', { name: /Lập báo cáo/ });
    await waitForText(button, '18/12/2023');
    await shot(page, '91-directive-header-report-button');
    await button.click();
    await report().waitFor();
    await waitForText(report(), 'Công an tỉnh');
  });

  it('shows pace needed, recent pace and projected completion on a linked line and in its detail', async () => {
    await page.getByRole('tab', { name: /Công văn 7027/ }).click();
    const answer = await graphqlInPage<{
      data: {
        directive: {
          task: { assignments: Array<{ progress: { daysLeft: number; collection: Trend; activation: Trend } }> };
        };
      };
    }>(
      page,
      `{ directive(number: "7027/UBND-KSTT") { task(number: 4, asOf: "2023-11-15") { assignments {
        progress { daysLeft collection { paceNeeded recentPace projectedCompletion state } activation { paceNeeded recentPace projectedCompletion state } } } } } }`,
    );
    const progress = answer.data.directive.task.assignments[0]!.progress;
    const { activation, collection } = progress;
    // The province's activation is the count behind the line's state (AT_RISK on 15/11/2023).
    expect(activation.state).toBe('AT_RISK');
    const row = directive().getByTestId('lines-4').locator('tbody tr.dir-line-row').first();
    await waitForText(row, 'Công an tỉnh');
    const pace = row.getByTestId('line-pace');
    await waitForText(pace, formatPace(activation.recentPace));
    expect(await textOf(pace)).toContain(formatPace(activation.paceNeeded));
    expect(await textOf(pace)).toContain(formatDate(activation.projectedCompletion!));
    await scrollToTask(4);
    await shot(page, '92-directive-line-pace');

    await row.getByRole('button', { name: /Xem chi tiết/ }).click();
    const detail = directive().getByTestId('line-detail').getByTestId('line-trends');
    await detail.waitFor();
    const text = await textOf(detail);
    for (const trend of [collection, activation]) {
      expect(text).toContain(formatPace(trend.paceNeeded));
      expect(text).toContain(formatPace(trend.recentPace));
      if (trend.projectedCompletion) expect(text).toContain(formatDate(trend.projectedCompletion));
    }
    expect(text).toContain(`${progress.daysLeft} ngày`);
    expect(text).toContain('Tốc độ cần mỗi ngày');
    await shot(page, '93-directive-line-detail-pace');

    // In English the same figures, en-GB formatted.
    await runCommand(page, 'switch language', /Đổi ngôn ngữ/);
    await waitForText(pace, `Activation: ${formatPace(activation.recentPace, 'en')}/day`);
    expect(await textOf(pace)).toContain(`needs ${formatPace(activation.paceNeeded, 'en')}/day`);
    await waitForText(detail, 'Pace needed per day');
    expect(await textOf(detail)).toContain(`${progress.daysLeft} days left`);
    await shot(page, '94-directive-line-pace-english');
    await runCommand(page, 'language', /Switch Language/);
    await waitForText(pace, 'Kích hoạt');
    expect(errors).toEqual([]);
  });
});
