import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../lib/signed-in-user';
import { StatusBarButton } from '../../workbench/statusbar/StatusBarButton';

/** Status bar: who is signed in, their role and scope. */
export function UserStatusItem({ onClick }: { onClick: () => void }) {
  const user = useSignedInUser();
  const { t } = useTranslation('access');
  const values = { username: user.username, role: t(`role.${user.role}`), scope: user.scope.name };
  return (
    <StatusBarButton icon="account" title={t('status.userTitle', values)} onClick={onClick} testId="status-user">
      {t('status.user', values)}
    </StatusBarButton>
  );
}
