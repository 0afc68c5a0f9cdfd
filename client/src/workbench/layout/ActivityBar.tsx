import { useSyncExternalStore, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../Codicon';
import { formatKeybindings } from '../commands/keys';
import { useStore } from '../state/store';
import { useLocalize, useWorkbench } from '../WorkbenchContext';

/** The leftmost strip: one icon per side-bar view, and the settings gear at the bottom. */
export function ActivityBar() {
  const wb = useWorkbench();
  const { t } = useTranslation('workbench');
  const localize = useLocalize();
  const views = useSyncExternalStore(wb.views.subscribe, wb.views.all).filter((v) => v.location === 'sidebar');
  const { activeSidebarView, sidebarVisible } = useStore(wb.layout.store);
  const active = activeSidebarView ?? views[0]?.id ?? null;
  const settings = wb.commands.get('workbench.action.openSettings');
  // VS Code's menu button: every command in reach of a pointer or a finger, no key needed.
  const commands = wb.commands.get('workbench.action.showCommands');

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(index + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length];
    next?.focus();
    event.preventDefault();
  };

  return (
    <div className="part activitybar" data-part="activitybar" aria-label={t('parts.activitybar')}>
      {commands && (
        <button
          type="button"
          className="activity-item activity-menu"
          title={`${localize(commands.title)} (${formatKeybindings(commands.keybinding)})`}
          aria-label={t('activity.menu')}
          onClick={() => void wb.commands.execute(commands.id)}
        >
          <Codicon name="menu" size={24} />
        </button>
      )}
      <div role="tablist" aria-orientation="vertical" aria-label={t('parts.activitybar')} onKeyDown={onKeyDown}>
        {views.map((view) => {
          const selected = sidebarVisible && view.id === active;
          return (
            <button
              key={view.id}
              type="button"
              role="tab"
              id={`activity-${view.id}`}
              aria-selected={selected}
              aria-controls="sidebar-view"
              tabIndex={view.id === active ? 0 : -1}
              {...(view.id === active ? { 'data-focus-default': true } : {})}
              className={selected ? 'activity-item active' : 'activity-item'}
              title={localize(view.title)}
              aria-label={localize(view.title)}
              onClick={() => wb.layout.toggleSidebarView(view.id)}
            >
              <Codicon name={view.icon} size={24} />
            </button>
          );
        })}
      </div>
      <div className="activitybar-bottom">
        {settings && (
          <button
            type="button"
            className="activity-item"
            title={`${localize(settings.title)} (${formatKeybindings(settings.keybinding)})`}
            aria-label={localize(settings.title)}
            onClick={() => void wb.commands.execute(settings.id)}
          >
            <Codicon name="settings-gear" size={24} />
          </button>
        )}
      </div>
    </div>
  );
}
