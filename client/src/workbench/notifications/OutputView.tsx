import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../Codicon';
import { useWorkbench } from '../WorkbenchContext';
import type { Notification } from './notification-service';

/** The panel's "Output": every notification of this session, newest last, with its time. */
export function OutputView() {
  const wb = useWorkbench();
  const { t, i18n } = useTranslation('workbench');
  const [log, setLog] = useState<Array<Notification & { at: Date }>>(() => wb.notifications.history());
  useEffect(() => wb.notifications.onHistory(() => setLog(wb.notifications.history())), [wb]);
  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { timeStyle: 'medium' });
  if (log.length === 0) return <p className="empty-view">{t('notifications.none')}</p>;
  return (
    <ol className="output-log" aria-label={t('notifications.label')}>
      {log.map((entry) => (
        <li key={entry.id} className={`output-line ${entry.severity}`}>
          <time>{time.format(entry.at)}</time>
          <Codicon name={entry.severity === 'info' ? 'info' : entry.severity} />
          <span>{entry.message}</span>
          {entry.detail && <span className="muted"> — {entry.detail}</span>}
        </li>
      ))}
    </ol>
  );
}
