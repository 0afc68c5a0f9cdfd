// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Workbench } from '../workbench';
import { WorkbenchContext } from '../WorkbenchContext';
import { ProblemsView } from './ProblemsView';

afterEach(cleanup);

describe('ProblemsView', () => {
  it('shows every contributed section in order, each collapsible, and says when there is none', () => {
    const wb = new Workbench('problems-test');
    render(
      <WorkbenchContext.Provider value={wb}>
        <ProblemsView />
      </WorkbenchContext.Provider>,
    );
    expect(screen.getByText('Chưa có nguồn vấn đề nào.')).toBeTruthy();
    act(() => {
      wb.problems.register({
        id: 'b',
        title: { vi: 'Dòng việc quá hạn', en: 'Overdue lines' },
        icon: 'law',
        order: 20,
        component: () => <p>line</p>,
      });
      wb.problems.register({
        id: 'a',
        title: { vi: 'Chỉ tiêu chưa khớp', en: 'Targets' },
        icon: 'target',
        order: 10,
        component: () => <p>target</p>,
      });
    });
    const toggles = screen.getAllByRole('button');
    expect(toggles.map((b) => b.textContent)).toEqual(['Chỉ tiêu chưa khớp', 'Dòng việc quá hạn']);
    expect(screen.getByText('line')).toBeTruthy();
    fireEvent.click(toggles[1]!);
    expect(toggles[1]!.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('line')).toBeNull();
  });
});
