// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { registerWorkbench } from '../register';
import { Workbench } from '../workbench';
import { WorkbenchContext } from '../WorkbenchContext';
import { KeybindingsEditor } from './KeybindingsEditor';

afterEach(cleanup);

describe('KeybindingsEditor', () => {
  it('lists every command of the registry with all its keys, browser-kept ones with their Alt twin', () => {
    const wb = new Workbench('test');
    registerWorkbench(wb);
    wb.commands.register({
      id: 'feature.thing',
      title: { vi: 'Việc của tính năng', en: 'Feature Thing' },
      category: { vi: 'Thử', en: 'Test' },
      keybinding: ['Alt+KeyX'],
      run: () => undefined,
    });
    render(
      <WorkbenchContext.Provider value={wb}>
        <KeybindingsEditor
          input={{ typeId: 'keybindings', id: 'all', label: 'Phím tắt' }}
          groupId="g1"
          setDirty={() => undefined}
          registerSave={() => () => undefined}
        />
      </WorkbenchContext.Provider>,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(wb.commands.all().length);
    const close = rows.find((row) => row.textContent?.includes('workbench.action.closeActiveEditor'));
    expect(
      close &&
        within(close)
          .getAllByText(/W$/)
          .map((kbd) => kbd.textContent),
    ).toEqual(['Ctrl+W', 'Alt+W']);
    expect(screen.getByText('feature.thing')).toBeTruthy();
    expect(screen.getByText('Việc của tính năng')).toBeTruthy();
  });
});
