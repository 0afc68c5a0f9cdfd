import { Fragment, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatKeybindings } from '../commands/keys';
import { useStore } from '../state/store';
import { useLocalize, useWorkbench } from '../WorkbenchContext';

/** The context menu: the commands placed in the requested menu, grouped, keyboard-driven. */
export function ContextMenuHost() {
  const wb = useWorkbench();
  const { t } = useTranslation('workbench');
  const localize = useLocalize();
  const request = useStore(wb.contextMenu.store);
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ left: 0, top: 0 });
  const entries = request ? wb.commands.forMenu(request.menu, { ...wb.context.values(), ...request.context }) : [];

  useLayoutEffect(() => {
    if (!request || !ref.current) return;
    const { width, height } = ref.current.getBoundingClientRect();
    setPosition({
      left: Math.max(0, Math.min(request.x, window.innerWidth - width - 4)),
      top: Math.max(0, Math.min(request.y, window.innerHeight - height - 4)),
    });
    ref.current.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [request]);

  useEffect(() => {
    if (!request) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) wb.contextMenu.close();
    };
    const onBlur = () => wb.contextMenu.close();
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('blur', onBlur);
    };
  }, [request, wb]);

  if (!request || entries.length === 0) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') go(index + 1);
    else if (event.key === 'ArrowUp') go(index - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') wb.contextMenu.close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const run = (id: string) => {
    const args = request.args;
    wb.contextMenu.close();
    wb.commands.execute(id, ...args).catch((error: unknown) => wb.notifications.error(String(error)));
  };

  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={t('menu.label')}
      style={{ left: position.left, top: position.top }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {entries.map(({ command, placement }, index) => (
        <Fragment key={command.id}>
          {index > 0 && entries[index - 1]?.placement.group !== placement.group && (
            <div className="menu-separator" role="separator" />
          )}
          <div
            role="menuitem"
            tabIndex={-1}
            className="menu-item"
            onClick={() => run(command.id)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                run(command.id);
              }
            }}
          >
            <span className="menu-label">{localize(command.title)}</span>
            <span className="menu-keys">{formatKeybindings(command.keybinding?.slice(0, 1))}</span>
          </div>
        </Fragment>
      ))}
    </div>
  );
}
