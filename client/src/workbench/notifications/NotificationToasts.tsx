import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../Codicon';
import { useStore } from '../state/store';
import { useWorkbench } from '../WorkbenchContext';
import { TOAST_BOTTOM, toastBottom } from './toast-place';

const ICONS = { info: 'info', warning: 'warning', error: 'error' } as const;

/**
 * Toasts in the bottom-right corner, lifted above a save bar there (`data-toast-avoid`); info ones
 * fade on their own, errors stay until closed.
 */
export function NotificationToasts() {
  const wb = useWorkbench();
  const { t } = useTranslation('workbench');
  const list = useStore(wb.notifications.store);
  const [bottom, setBottom] = useState(TOAST_BOTTOM);
  useLayoutEffect(() => {
    if (list.length === 0) return;
    const bars = [...document.querySelectorAll('[data-toast-avoid]')].map((el) => el.getBoundingClientRect());
    setBottom(toastBottom(bars, { width: window.innerWidth, height: window.innerHeight }));
  }, [list]);
  return (
    <div className="notifications" style={{ bottom }} aria-live="polite" aria-label={t('notifications.label')}>
      {list.map((n) => (
        <div key={n.id} className={`notification ${n.severity}`} role={n.severity === 'error' ? 'alert' : 'status'}>
          <Codicon name={ICONS[n.severity]} className="notification-icon" />
          <div className="notification-text">
            <p>{n.message}</p>
            {n.detail && <p className="notification-detail">{n.detail}</p>}
          </div>
          <button
            type="button"
            className="action-item"
            aria-label={t('notifications.close')}
            title={t('notifications.close')}
            onClick={() => wb.notifications.dismiss(n.id)}
          >
            <Codicon name="close" />
          </button>
        </div>
      ))}
    </div>
  );
}
