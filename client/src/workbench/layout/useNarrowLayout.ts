import { useEffect } from 'react';
import { activeTab } from '../editors/editor-state';
import { useStore } from '../state/store';
import { useWorkbench } from '../WorkbenchContext';

/** Below this width (a phone) the editor gets the whole screen. */
export const NARROW_QUERY = '(max-width: 600px)';

/**
 * On a phone the side bar and the panel would leave the editor a sliver: there both start
 * closed (the welcome page's main action shows first), and opening an editor hides the side bar,
 * which the activity bar (a bottom bar) brings back as a drawer over the whole width. Wider
 * windows keep the layout the user chose.
 */
export function useNarrowLayout(): void {
  const wb = useWorkbench();
  const editors = useStore(wb.editors.store);
  const key = activeTab(editors)?.key ?? null;

  useEffect(() => {
    if (window.matchMedia?.(NARROW_QUERY).matches) wb.layout.update({ panelVisible: false, sidebarVisible: false });
  }, [wb]);

  useEffect(() => {
    if (key !== null && window.matchMedia?.(NARROW_QUERY).matches) wb.layout.update({ sidebarVisible: false });
  }, [wb, key]);
}
