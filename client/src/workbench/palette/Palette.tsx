import { Command as Cmdk } from 'cmdk';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../WorkbenchContext';
import { CommandItems } from './CommandItems';
import { QuickOpenItems, type SelectHandle } from './QuickOpenItems';

/**
 * Command palette and quick open in one box, as in VS Code: text starting with ">" lists
 * commands (F1, Ctrl+Shift+P), anything else searches the quick-open providers (Ctrl+P).
 * Alt+Enter opens the chosen item to the side. The keys are handled on cmdk's own root, before
 * cmdk's Enter: a handled key is default-prevented there, so the item is not chosen twice (once
 * here and once in place, which replaced the preview of the current group too).
 */
export function Palette({ initial }: { initial: string }) {
  const wb = useWorkbench();
  const { t } = useTranslation('workbench');
  const [text, setText] = useState(initial);
  const [selected, setSelected] = useState('');
  const commandMode = text.startsWith('>');
  const handle: SelectHandle = { current: null };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      wb.quickInput.close();
    } else if (event.key === 'Enter' && event.altKey && !commandMode) {
      event.preventDefault();
      handle.current?.(selected, true);
    }
  };

  return (
    <div className="quick-input">
      <Cmdk
        label={t('palette.label')}
        shouldFilter={false}
        loop
        value={selected}
        onValueChange={setSelected}
        onKeyDown={onKeyDown}
      >
        <Cmdk.Input
          className="quick-input-box"
          autoFocus
          value={text}
          onValueChange={setText}
          placeholder={commandMode ? t('palette.commandsPlaceholder') : t('palette.quickOpenPlaceholder')}
        />
        <Cmdk.List className="quick-input-list">
          {commandMode ? <CommandItems query={text.slice(1)} /> : <QuickOpenItems query={text} handle={handle} />}
        </Cmdk.List>
      </Cmdk>
    </div>
  );
}
