import { Command as Cmdk } from 'cmdk';
import { useTranslation } from 'react-i18next';
import { formatKeybinding } from '../commands/keys';
import { readJson, writeJson } from '../state/storage';
import { useCommandList, useContextValues, useLocalize, useWorkbench } from '../WorkbenchContext';
import { filterCommands } from './command-filter';

const RECENT_KEY = 'chitieu.recentCommands';

/** The palette's command list: "Category: Title" and every keybinding, Alt twins included. */
export function CommandItems({ query }: { query: string }) {
  const wb = useWorkbench();
  const { t } = useTranslation('workbench');
  const localize = useLocalize();
  const context = useContextValues();
  useCommandList();
  const recent = readJson<string[]>(RECENT_KEY, []);
  const commands = filterCommands(wb.commands.forPalette(context), query, recent);

  const run = (id: string) => {
    writeJson(RECENT_KEY, [id, ...recent.filter((r) => r !== id)].slice(0, 10));
    wb.quickInput.dismiss();
    wb.commands.execute(id).catch((error: unknown) => wb.notifications.error(String(error)));
  };

  if (commands.length === 0) return <div className="quick-input-empty">{t('palette.noCommands')}</div>;
  return (
    <>
      {commands.map((command) => (
        <Cmdk.Item key={command.id} value={command.id} onSelect={() => run(command.id)} className="quick-input-item">
          <span className="quick-input-label">
            <span className="quick-input-category">{localize(command.category)}: </span>
            {localize(command.title)}
          </span>
          {recent.includes(command.id) && !query.trim() && <span className="quick-input-note">{t('palette.recent')}</span>}
          <span className="quick-input-keys">
            {(command.keybinding ?? []).map((key) => (
              <kbd key={key}>{formatKeybinding(key)}</kbd>
            ))}
          </span>
        </Cmdk.Item>
      ))}
    </>
  );
}
