import { useTranslation } from 'react-i18next';
import { connectionStore } from '../lib/connection';
import type { UpdateMode } from '../lib/live';
import { useStore } from '../workbench/state/store';
import { StatusBarButton } from '../workbench/statusbar/StatusBarButton';
import './i18n';

/** What the item says while the server answers, by how changes reach the console. */
const ONLINE = {
  connecting: { text: 'connection.online', title: 'connection.onlineTitle' },
  live: { text: 'connection.live', title: 'connection.liveTitle' },
  polling: { text: 'connection.polling', title: 'connection.pollingTitle' },
} as const satisfies Record<UpdateMode, { text: string; title: string }>;

/** Status bar: whether the server answers, whether changes are pushed or polled, the last refresh. */
export function ConnectionStatusItem({ onRefresh }: { onRefresh: () => void }) {
  const { t, i18n } = useTranslation('app');
  const { online, lastRefresh, updates } = useStore(connectionStore);
  const time = lastRefresh
    ? new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { timeStyle: 'medium' }).format(lastRefresh)
    : '—';
  const shown = ONLINE[updates];
  return (
    <StatusBarButton
      icon={!online ? 'debug-disconnect' : updates === 'live' ? 'broadcast' : 'cloud'}
      kind={online ? undefined : 'error'}
      title={t(online ? shown.title : 'connection.offlineTitle')}
      onClick={onRefresh}
      testId="status-connection"
    >
      {online ? (
        <>
          <span className="status-long">{t(shown.text, { time })}</span>
          {/* A phone's status bar has room for a word: the whole sentence is in the title. */}
          <span className="status-short">{t(`connection.short.${updates}`)}</span>
        </>
      ) : (
        t('connection.offline')
      )}
    </StatusBarButton>
  );
}
