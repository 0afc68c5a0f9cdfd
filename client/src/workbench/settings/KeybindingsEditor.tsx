import { foldVietnamese } from '@chitieu/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatKeybinding, formatKeybindings } from '../commands/keys';
import { SearchBox } from '../forms/SearchBox';
import type { EditorProps } from '../views/contributions';
import { useCommandList, useLocalize } from '../WorkbenchContext';

/** Every command with its keys, read from the registry: the keyboard-shortcuts view. */
export function KeybindingsEditor(_props: EditorProps) {
  const { t } = useTranslation('workbench');
  const localize = useLocalize();
  const [filter, setFilter] = useState('');
  const words = foldVietnamese(filter).split(' ').filter(Boolean);
  const commands = useCommandList()
    .filter((command) => {
      const text = foldVietnamese(
        `${command.title.vi} ${command.title.en} ${command.category.vi} ${command.category.en} ${command.id} ${formatKeybindings(command.keybinding)}`,
      );
      return words.every((word) => text.includes(word));
    })
    .sort(
      (a, b) =>
        localize(a.category).localeCompare(localize(b.category)) || localize(a.title).localeCompare(localize(b.title)),
    );

  return (
    <div className="keybindings-editor">
      <div className="keybindings-header">
        <SearchBox label={t('keybindings.filter')} value={filter} onChange={setFilter} />
        <span className="muted">{t('keybindings.count', { count: commands.length })}</span>
      </div>
      <p className="muted">{t('keybindings.note')}</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('keybindings.command')}</th>
              <th scope="col">{t('keybindings.keys')}</th>
              <th scope="col">{t('keybindings.when')}</th>
              <th scope="col">{t('keybindings.id')}</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((command) => (
              <tr key={command.id}>
                <td>
                  <span className="muted">{localize(command.category)}: </span>
                  {localize(command.title)}
                </td>
                <td>
                  {(command.keybinding ?? []).map((key) => (
                    <kbd key={key}>{formatKeybinding(key)}</kbd>
                  ))}
                </td>
                <td className="mono muted">{[command.when, command.keybindingWhen].filter(Boolean).join(' && ')}</td>
                <td className="mono muted">{command.id}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
