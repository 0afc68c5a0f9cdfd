import { useSyncExternalStore, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../Codicon';
import { ActionBar } from '../menus/ActionBar';
import { useStore } from '../state/store';
import { useLocalize, useWorkbench } from '../WorkbenchContext';

/** The bottom panel: a tab per panel view, the active one below. */
export function PanelPart() {
  const wb = useWorkbench();
  const { t } = useTranslation('workbench');
  const localize = useLocalize();
  const views = useSyncExternalStore(wb.views.subscribe, wb.views.all).filter((v) => v.location === 'panel');
  const activeId = useStore(wb.layout.store, (s) => s.activePanelView);
  const active = views.find((v) => v.id === activeId) ?? views[0];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = views.findIndex((v) => v.id === active?.id);
    const next = views[(index + (event.key === 'ArrowRight' ? 1 : -1) + views.length) % views.length];
    if (next) {
      wb.layout.showPanelView(next.id);
      requestAnimationFrame(() => document.getElementById(`panel-tab-${next.id}`)?.focus());
    }
    event.preventDefault();
  };

  return (
    <div className="panel-inner">
      <header className="panel-header">
        <div role="tablist" aria-label={t('parts.panel')} className="panel-tabs" onKeyDown={onKeyDown}>
          {views.map((view) => (
            <button
              key={view.id}
              id={`panel-tab-${view.id}`}
              type="button"
              role="tab"
              aria-selected={view.id === active?.id}
              aria-controls="panel-view"
              tabIndex={view.id === active?.id ? 0 : -1}
              className={view.id === active?.id ? 'panel-tab active' : 'panel-tab'}
              onClick={() => wb.layout.showPanelView(view.id)}
            >
              {localize(view.title)}
            </button>
          ))}
        </div>
        <div className="panel-actions">
          {active && <ActionBar menu={`view/title:${active.id}`} label={localize(active.title)} />}
          <button
            type="button"
            className="action-item"
            title={t('panel.close')}
            aria-label={t('panel.close')}
            onClick={() => wb.layout.update({ panelVisible: false })}
          >
            <Codicon name="close" />
          </button>
        </div>
      </header>
      <div
        className="panel-view"
        id="panel-view"
        role="tabpanel"
        aria-labelledby={active ? `panel-tab-${active.id}` : undefined}
      >
        {active && <active.component />}
      </div>
    </div>
  );
}
