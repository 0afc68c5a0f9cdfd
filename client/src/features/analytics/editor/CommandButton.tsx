import { Codicon } from '../../../workbench/Codicon';
import { formatKeybinding } from '../../../workbench/commands/keys';
import { useLocalize, useWorkbench } from '../../../workbench/WorkbenchContext';

/** A labelled button for a registered command: its title, icon and first key come from the registry. */
export function CommandButton({
  id,
  primary,
  label,
  args = [],
}: {
  id: string;
  primary?: boolean;
  label?: string;
  args?: unknown[];
}) {
  const wb = useWorkbench();
  const localize = useLocalize();
  const command = wb.commands.get(id);
  if (!command) return null;
  const key = command.keybinding?.[0];
  const title = localize(command.title);
  return (
    <button
      type="button"
      className={`button ${primary ? 'primary' : 'secondary'} gql-button`}
      title={key ? `${title} (${formatKeybinding(key)})` : title}
      aria-label={label ?? title}
      onClick={() => void wb.commands.execute(id, ...args)}
    >
      {command.icon && <Codicon name={command.icon} />}
      <span>{label ?? title}</span>
    </button>
  );
}
