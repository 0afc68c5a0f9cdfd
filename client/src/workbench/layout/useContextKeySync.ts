import { useEffect } from 'react';
import { activeTab } from '../editors/editor-state';
import { settingsStore } from '../settings/settings-service';
import { useStore } from '../state/store';
import { useWorkbench } from '../WorkbenchContext';

/** Mirrors layout and editor state into context keys, for when clauses. */
export function useContextKeySync(): void {
  const wb = useWorkbench();
  const layout = useStore(wb.layout.store);
  const editors = useStore(wb.editors.store);
  const settings = useStore(settingsStore);
  useEffect(() => {
    const tab = activeTab(editors);
    wb.context.set('sidebarVisible', layout.sidebarVisible);
    wb.context.set('panelVisible', layout.panelVisible);
    wb.context.set('activeViewlet', layout.sidebarVisible ? layout.activeSidebarView : null);
    wb.context.set('editorIsOpen', tab !== undefined);
    wb.context.set('activeEditor', tab?.input.typeId ?? null);
    wb.context.set('activeEditorIsDirty', tab?.dirty ?? false);
    wb.context.set('multipleEditorGroups', editors.groups.length > 1);
    wb.context.set('language', settings.language);
    wb.context.set('theme', settings.theme);
  }, [wb, layout, editors, settings]);
}
