import { Command as Cmdk } from 'cmdk';
import { useTranslation } from 'react-i18next';
import type { Command } from '../commands/command';
import { formatKeybinding } from '../commands/keys';
import { readJson, writeJson } from '../state/storage';
import { useCommandList, useContextValues, useLocalize, useWorkbench } from '../WorkbenchContext';
import { filterCommands } from './command-filter';

const RECENT_KEY = 'chitieu.recentCommands';

/**
 * The palette's command list: "Category: Title" and every keybinding, Alt twins included. While
 * nothing is typed, the recently used commands come first under their own heading, as in VS Code.
 */
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
  const item = (command: Command) => (
    <Cmdk.Item key={command.id} value={command.id} onSelect={() => run(command.id)} className="quick-input-item">
      <span className="quick-input-label">
        <span className="quick-input-category">{localize(command.category)}: </span>
        {localize(command.title)}
      </span>
      <span className="quick-input-keys">
        {(command.keybinding ?? []).map((key) => (
          <kbd key={key}>{formatKeybinding(key)}</kbd>
        ))}
      </span>
    </Cmdk.Item>
  );
  const used = query.trim() ? [] : commands.filter((command) => recent.includes(command.id));
  if (used.length === 0) return <>{commands.map(item)}</>;
  return (
    <>
      <Cmdk.Group heading={t('palette.recent')}>{used.map(item)}</Cmdk.Group>
      <Cmdk.Group heading={t('palette.otherCommands')}>
        {commands.filter((command) => !recent.includes(command.id)).map(item)}
      </Cmdk.Group>
    </>
  );
}
