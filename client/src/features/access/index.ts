import { createElement } from 'react';
import type { FeatureContext } from '../../lib/feature';
import { UserStatusItem } from './UserStatusItem';
import './i18n';

export { SessionGate } from './SessionGate';

const CATEGORY = { vi: 'Tài khoản', en: 'Account' };

/** Sign-out, and the user, role and scope in the status bar. */
export function activateAccess({ workbench, user, signOut }: FeatureContext): void {
  workbench.commands.register({
    id: 'access.signOut',
    title: { vi: 'Đăng xuất', en: 'Sign Out' },
    category: CATEGORY,
    icon: 'sign-out',
    run: signOut,
  });
  workbench.statusBar.register({
    id: 'access.user',
    alignment: 'left',
    order: 0,
    component: () =>
      createElement(UserStatusItem, { user, onClick: () => workbench.quickInput.showPalette('>Tài khoản') }),
  });
}
