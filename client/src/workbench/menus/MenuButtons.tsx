import { Codicon } from '../Codicon';
import { useContextValues, useLocalize, useWorkbench, useCommandList } from '../WorkbenchContext';

/**
 * A menu's commands as labelled buttons, big enough for a finger: the main actions of a page
 * (the welcome page's "welcome/primary", a unit editor's "unit/primary"). `context` adds keys for
 * the placements' when clauses (e.g. the unit's level); `args` go to the command's run.
 */
export function MenuButtons({
  menu,
  args = [],
  context,
  label,
  focusDefault = false,
  className = '',
}: {
  menu: string;
  args?: unknown[];
  context?: Record<string, unknown>;
  label: string;
  /** Marks the first button as its part's default focus (F6, and after signing in). */
  focusDefault?: boolean;
  className?: string;
}) {
  const wb = useWorkbench();
  const localize = useLocalize();
  const values = useContextValues();
  useCommandList();
  const entries = wb.commands.forMenu(menu, { ...values, ...context });
  if (entries.length === 0) return null;
  return (
    <div className={`menu-buttons ${className}`.trim()} role="group" aria-label={label}>
      {entries.map(({ command }, index) => (
        <button
          key={command.id}
          type="button"
          className={index === 0 ? 'button primary menu-button' : 'button secondary menu-button'}
          {...(focusDefault && index === 0 ? { 'data-focus-default': true } : {})}
          onClick={() =>
            wb.commands.execute(command.id, ...args).catch((error: unknown) => wb.notifications.error(String(error)))
          }
        >
          {command.icon && <Codicon name={command.icon} />}
          <span>{localize(command.title)}</span>
        </button>
      ))}
    </div>
  );
}
