// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { registerWorkbench } from '../register';
import { Workbench } from '../workbench';
import { WorkbenchContext } from '../WorkbenchContext';
import { useStore } from '../state/store';
import { TabStrip } from './TabStrip';

afterEach(cleanup);

function Strip({ wb }: { wb: Workbench }) {
  const group = useStore(wb.editors.store, (s) => s.groups[0]);
  return group ? <TabStrip group={group} /> : null;
}

describe('TabStrip', () => {
  it('shows preview tabs in italics, pins on double click, marks dirty tabs', () => {
    const wb = new Workbench('tabs-test');
    registerWorkbench(wb);
    wb.editors.open({ typeId: 'unit', id: '836', label: 'Huyện Ba Tri' }, { pinned: true });
    wb.editors.open({ typeId: 'unit', id: '29119', label: 'Xã Tân Xuân' });
    render(
      <WorkbenchContext.Provider value={wb}>
        <Strip wb={wb} />
      </WorkbenchContext.Provider>,
    );
    const tabs = screen.getAllByRole('tab');
    expect(screen.getByRole('tablist')).toBeTruthy();
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    expect(tabs[1]?.className).toContain('preview');
    fireEvent.doubleClick(tabs[1]!);
    expect(screen.getAllByRole('tab')[1]?.className).not.toContain('preview');
    act(() => wb.editors.setDirty('g1', 'unit:836', true));
    expect(screen.getAllByRole('tab')[0]?.className).toContain('dirty');
  });
});
