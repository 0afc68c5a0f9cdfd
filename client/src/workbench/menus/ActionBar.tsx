import { Codicon } from '../Codicon';
import { formatKeybindings } from '../commands/keys';
import { useContextValues, useLocalize, useWorkbench, useCommandList } from '../WorkbenchContext';

/** Icon buttons for a menu's commands (view titles, editor titles). */
export function ActionBar({ menu, args = [], label }: { menu: string; args?: unknown[]; label: string }) {
  const wb = useWorkbench();
  const localize = useLocalize();
  const context = useContextValues();
  useCommandList();
  const entries = wb.commands.forMenu(menu, context);
  if (entries.length === 0) return null;
  return (
    <div className="action-bar" role="toolbar" aria-label={label}>
      {entries.map(({ command }) => {
        const keys = formatKeybindings(command.keybinding);
        const title = keys ? `${localize(command.title)} (${keys})` : localize(command.title);
        return (
          <button
            key={command.id}
            type="button"
            className="action-item"
            title={title}
            aria-label={localize(command.title)}
            onClick={() => void wb.commands.execute(command.id, ...args)}
          >
            <Codicon name={command.icon ?? 'circle-small'} />
          </button>
        );
      })}
    </div>
  );
}
