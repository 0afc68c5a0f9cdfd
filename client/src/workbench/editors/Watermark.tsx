import { useTranslation } from 'react-i18next';
import { formatKeybindings } from '../commands/keys';
import { useWorkbench } from '../WorkbenchContext';

const ENTRIES: Array<[string, string]> = [
  ['watermark.quickOpen', 'workbench.action.quickOpen'],
  ['watermark.commands', 'workbench.action.showCommands'],
  ['watermark.sidebar', 'workbench.action.toggleSidebarVisibility'],
  ['watermark.panel', 'workbench.action.togglePanel'],
  ['watermark.parts', 'workbench.action.focusNextPart'],
];

/** The empty editor area: the product's name and the shortcuts that get you going. */
export function Watermark() {
  const wb = useWorkbench();
  const { t } = useTranslation('workbench');
  return (
    <div className="watermark" tabIndex={0} data-focus-default>
      <div className="watermark-logo" aria-hidden="true">
        <span className="codicon codicon-graph" />
      </div>
      <h1 className="watermark-title">{t('watermark.title')}</h1>
      <p className="watermark-subtitle">{t('watermark.subtitle')}</p>
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
