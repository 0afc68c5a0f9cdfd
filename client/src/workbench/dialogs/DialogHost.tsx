import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../Codicon';
import { useStore } from '../state/store';
import { useWorkbench } from '../WorkbenchContext';

/** Shows the dialog service's question as a modal, focus trapped on its buttons. */
export function DialogHost() {
  const wb = useWorkbench();
  const { t } = useTranslation('workbench');
  const request = useStore(wb.dialogs.store);
  const primary = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<Element | null>(null);

  useEffect(() => {
    if (!request) return;
    returnFocus.current = document.activeElement;
    primary.current?.focus();
    return () => {
      if (returnFocus.current instanceof HTMLElement && returnFocus.current.isConnected) returnFocus.current.focus();
    };
  }, [request]);

  if (!request) return null;
  return (
    <div className="modal-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-label={t('dialog.label')}
        aria-describedby="dialog-detail"
        onKeyDown={(event) => {
          if (event.key === 'Escape') request.resolve(request.cancelId);
          if (event.key === 'Tab') {
            const buttons = [...event.currentTarget.querySelectorAll('button')];
            const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
            buttons[(index + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length]?.focus();
            event.preventDefault();
          }
        }}
      >
        <div className="dialog-body">
          <Codicon name="warning" size={32} className="dialog-icon" />
          <div>
            <p className="dialog-message">{request.message}</p>
            {request.detail && (
              <p className="dialog-detail" id="dialog-detail">
                {request.detail}
              </p>
            )}
          </div>
        </div>
        <div className="dialog-buttons">
          {request.buttons.map((button) => (
            <button
              key={button.id}
              type="button"
              ref={button.primary ? primary : undefined}
              className={button.primary ? 'button primary' : 'button secondary'}
              onClick={() => request.resolve(button.id)}
            >
              {button.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
