import { useTranslation } from 'react-i18next';
import { formatKeybindings } from '../commands/keys';
import { MenuButtons } from '../menus/MenuButtons';
import { useContextValues, useWorkbench, useCommandList } from '../WorkbenchContext';

const ENTRIES: Array<[string, string]> = [
  ['watermark.quickOpen', 'workbench.action.quickOpen'],
  ['watermark.commands', 'workbench.action.showCommands'],
  ['watermark.sidebar', 'workbench.action.toggleSidebarVisibility'],
  ['watermark.panel', 'workbench.action.togglePanel'],
  ['watermark.parts', 'workbench.action.focusNextPart'],
];

/** The menu whose commands are the welcome page's buttons (a user's main task of the day). */
export const WELCOME_MENU = 'welcome/primary';

/**
 * The empty editor area: the product's name, the user's main actions as buttons (focused first),
 * and the shortcuts that get you going (not on a touch screen, which has no keys to press).
 */
export function Watermark() {
  const wb = useWorkbench();
  const { t } = useTranslation('workbench');
  useCommandList();
  const hasActions = wb.commands.forMenu(WELCOME_MENU, useContextValues()).length > 0;
  return (
    <div className="watermark" tabIndex={hasActions ? -1 : 0} {...(hasActions ? {} : { 'data-focus-default': true })}>
      <div className="watermark-logo" aria-hidden="true">
        <span className="codicon codicon-graph" />
      </div>
      <h1 className="watermark-title">{t('watermark.title')}</h1>
      <p className="watermark-subtitle">{t('watermark.subtitle')}</p>
      <MenuButtons menu={WELCOME_MENU} label={t('watermark.actions')} focusDefault className="watermark-actions" />
      <dl className="watermark-keys">
        {ENTRIES.map(([label, id]) => (
          <div key={id} className="watermark-entry">
            <dt>{t(label)}</dt>
            <dd>
              {(wb.commands.get(id)?.keybinding ?? []).slice(0, 1).map((key) => (
                <kbd key={key}>{formatKeybindings([key])}</kbd>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
