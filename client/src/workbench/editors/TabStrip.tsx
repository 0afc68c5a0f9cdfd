import { useSyncExternalStore, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../Codicon';
import { useWorkbench } from '../WorkbenchContext';
import { sharedTitles, tabTitle, type EditorGroup, type EditorTab } from './editor-state';

const TAB_MENU = 'editor/tab/context';

/**
 * The tabs of a group. Click opens (a preview stays a preview), double click pins, middle click
 * closes, right click or Shift+F10 shows the tab menu; ← → move between tabs, Delete closes.
 * Titles follow the console's language; tabs sharing a title show their description (VS Code's folder).
 */
export function TabStrip({ group }: { group: EditorGroup }) {
  const wb = useWorkbench();
  const { t, i18n } = useTranslation('workbench');
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const shared = sharedTitles(group.tabs, language);
  const providers = useSyncExternalStore(wb.editorProviders.subscribe, wb.editorProviders.all);
  const tabId = (tab: EditorTab) => `tab-${group.id}-${tab.key}`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, tab: EditorTab) => {
    const index = group.tabs.indexOf(tab);
    const move = (next: EditorTab | undefined) => {
      if (!next) return;
      wb.editors.activate(group.id, next.key);
      requestAnimationFrame(() => document.getElementById(tabId(next))?.focus());
    };
    if (event.key === 'ArrowRight') move(group.tabs[(index + 1) % group.tabs.length]);
    else if (event.key === 'ArrowLeft') move(group.tabs[(index - 1 + group.tabs.length) % group.tabs.length]);
    else if (event.key === 'Home') move(group.tabs[0]);
    else if (event.key === 'End') move(group.tabs[group.tabs.length - 1]);
    else if (event.key === 'Delete') void wb.editors.close(group.id, [tab.key]);
    else if (event.key === 'Enter') document.getElementById(`editor-panel-${group.id}`)?.focus();
    else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))
      wb.contextMenu.showAt(event.currentTarget, TAB_MENU, [group.id, tab.key]);
    else return;
    event.preventDefault();
  };

  const onContextMenu = (event: MouseEvent, tab: EditorTab) => {
    event.preventDefault();
    wb.contextMenu.show({ menu: TAB_MENU, x: event.clientX, y: event.clientY, args: [group.id, tab.key] });
  };

  return (
    <div className="tabs" role="tablist" aria-label={t('editor.tabs')}>
      {group.tabs.map((tab) => {
        const selected = tab.key === group.activeKey;
        const icon = providers.find((p) => p.id === tab.input.typeId)?.icon ?? 'file';
        const title = tabTitle(tab.input, language);
        const description = shared.has(tab.key) ? tab.input.description : undefined;
        const state = [!tab.pinned ? t('editor.preview') : '', tab.dirty ? t('editor.dirty') : '']
          .filter(Boolean)
          .join(', ');
        return (
          <div
            key={tab.key}
            id={tabId(tab)}
            role="tab"
            aria-selected={selected}
            aria-controls={`editor-panel-${group.id}`}
            aria-description={state || undefined}
            tabIndex={selected ? 0 : -1}
            data-key={tab.key}
            className={['tab', selected ? 'active' : '', tab.pinned ? '' : 'preview', tab.dirty ? 'dirty' : '']
              .filter(Boolean)
              .join(' ')}
            title={description ? `${title} · ${description}` : title}
            onClick={() => wb.editors.activate(group.id, tab.key)}
            onDoubleClick={() => wb.editors.pin(group.id, tab.key)}
            onAuxClick={(event) => {
              if (event.button === 1) void wb.editors.close(group.id, [tab.key]);
            }}
            onContextMenu={(event) => onContextMenu(event, tab)}
            onKeyDown={(event) => onKeyDown(event, tab)}
          >
            <Codicon name={icon} className="tab-icon" />
            <span className="tab-label">{title}</span>
            {description && <span className="tab-description">{description}</span>}
            <button
              type="button"
              className="tab-close"
              tabIndex={-1}
              aria-label={`${t('editor.closeTab')} ${title}`}
              title={t('editor.closeTab')}
              onClick={(event) => {
                event.stopPropagation();
                void wb.editors.close(group.id, [tab.key]);
              }}
            >
              <Codicon name={tab.dirty ? 'circle-filled' : 'close'} className="tab-close-icon" />
              {tab.dirty && <Codicon name="close" className="tab-close-hover" />}
            </button>
          </div>
        );
      })}
    </div>
  );
}
