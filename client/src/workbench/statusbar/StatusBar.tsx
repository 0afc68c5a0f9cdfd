import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../Codicon';
import { useStore } from '../state/store';
import { useWorkbench } from '../WorkbenchContext';

/** The bottom line: features' items left and right, running work, and the notification bell. */
export function StatusBar() {
  const wb = useWorkbench();
  const { t } = useTranslation('workbench');
  const items = useSyncExternalStore(wb.statusBar.subscribe, wb.statusBar.all);
  const tasks = useStore(wb.notifications.progress);
  const notifications = useStore(wb.notifications.store);
  const left = items.filter((item) => item.alignment === 'left');
  const right = items.filter((item) => item.alignment === 'right');
  const task = tasks[0];

  return (
    <footer className="part statusbar" data-part="statusbar" aria-label={t('parts.statusbar')}>
      <div className="statusbar-left">
        {left.map((item) => (
          <item.component key={item.id} />
        ))}
        {task && (
          <span className="statusbar-item" aria-live="polite">
            <Codicon name="loading" spin />
            <span>{t('status.working', { title: task.title })}</span>
          </span>
        )}
      </div>
      <div className="statusbar-right">
        {right.map((item) => (
          <item.component key={item.id} />
        ))}
        <span
          className="statusbar-item"
          title={
            notifications.length ? t('notifications.count', { count: notifications.length }) : t('notifications.none')
          }
          aria-label={t('notifications.label')}
        >
          <Codicon name={notifications.length ? 'bell-dot' : 'bell'} />
        </span>
      </div>
      {task && <div className="progress-bit" aria-hidden="true" />}
    </footer>
  );
}
