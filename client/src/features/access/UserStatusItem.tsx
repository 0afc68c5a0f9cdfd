import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../lib/feature';
import { StatusBarButton } from '../../workbench/statusbar/StatusBarButton';

/** Status bar: who is signed in, their role and scope. */
export function UserStatusItem({ user, onClick }: { user: SessionUser; onClick: () => void }) {
  const { t } = useTranslation('access');
  const values = { username: user.username, role: t(`role.${user.role}`), scope: user.scope.name };
  return (
    <StatusBarButton icon="account" title={t('status.userTitle', values)} onClick={onClick} testId="status-user">
      {t('status.user', values)}
    </StatusBarButton>
  );
}
