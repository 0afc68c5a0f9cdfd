import { useSyncExternalStore } from 'react';
import { ActionBar } from '../menus/ActionBar';
import { useStore } from '../state/store';
import { useLocalize, useWorkbench } from '../WorkbenchContext';

/** The primary side bar: the active view's title, its actions and the view itself. */
export function SideBar() {
  const wb = useWorkbench();
  const localize = useLocalize();
  const views = useSyncExternalStore(wb.views.subscribe, wb.views.all).filter((v) => v.location === 'sidebar');
  const activeId = useStore(wb.layout.store, (s) => s.activeSidebarView);
  const view = views.find((v) => v.id === activeId) ?? views[0];
  if (!view) return null;
  const View = view.component;
  return (
    <div className="sidebar-inner">
      <header className="pane-header">
        <h2 className="pane-title">{localize(view.title)}</h2>
        <ActionBar menu={`view/title:${view.id}`} label={localize(view.title)} />
      </header>
      <div
        className="sidebar-view"
        id="sidebar-view"
        role="tabpanel"
        aria-labelledby={`activity-${view.id}`}
        onFocus={() => wb.context.set('focusedView', view.id)}
        onBlur={() => wb.context.set('focusedView', null)}
      >
        <View />
      </div>
    </div>
  );
}
