import { useTranslation } from 'react-i18next';
import { connectionStore } from '../lib/connection';
import { useStore } from '../workbench/state/store';
import { StatusBarButton } from '../workbench/statusbar/StatusBarButton';
import './i18n';

/** Status bar: whether the server answers, and when the data was last refreshed. */
export function ConnectionStatusItem({ onRefresh }: { onRefresh: () => void }) {
  const { t, i18n } = useTranslation('app');
  const { online, lastRefresh } = useStore(connectionStore);
  const time = lastRefresh
    ? new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { timeStyle: 'medium' }).format(lastRefresh)
    : '—';
  return (
    <StatusBarButton
      icon={online ? 'cloud' : 'debug-disconnect'}
      kind={online ? undefined : 'error'}
      title={t(online ? 'connection.onlineTitle' : 'connection.offlineTitle')}
      onClick={onRefresh}
      testId="status-connection"
    >
      {online ? t('connection.online', { time }) : t('connection.offline')}
    </StatusBarButton>
  );
}
