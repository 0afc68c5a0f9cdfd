import { useTranslation } from 'react-i18next';
import { Codicon } from '../Codicon';
import { useStore } from '../state/store';
import { useWorkbench } from '../WorkbenchContext';

const ICONS = { info: 'info', warning: 'warning', error: 'error' } as const;

/** Toasts in the bottom-right corner; info ones fade on their own, errors stay until closed. */
export function NotificationToasts() {
  const wb = useWorkbench();
  const { t } = useTranslation('workbench');
  const list = useStore(wb.notifications.store);
  return (
    <div className="notifications" aria-live="polite" aria-label={t('notifications.label')}>
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
