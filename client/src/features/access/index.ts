import { createElement } from 'react';
import type { FeatureContext } from '../../lib/feature';
import { PasswordEditor } from './users/PasswordEditor';
import { UsersEditor } from './users/UsersEditor';
import { UserStatusItem } from './UserStatusItem';
import './i18n';
import './users/i18n';

export { SessionGate } from './SessionGate';

const CATEGORY = { vi: 'Tài khoản', en: 'Account' };

/** Sign-out, the user in the status bar, changing one's password, and the users view (ADMIN). */
export function activateAccess({ workbench, user, signOut }: FeatureContext): void {
  workbench.commands.register({
    id: 'access.signOut',
    title: { vi: 'Đăng xuất', en: 'Sign Out' },
    category: CATEGORY,
    icon: 'sign-out',
    run: signOut,
  });
  workbench.editorProviders.register({ id: 'password', icon: 'key', component: PasswordEditor });
  workbench.commands.register({
    id: 'access.changePassword',
    title: { vi: 'Đổi mật khẩu của tôi', en: 'Change My Password' },
    category: CATEGORY,
    icon: 'key',
    run: () => workbench.editors.open({ typeId: 'password', id: 'me', label: 'Mật khẩu', title: { vi: 'Mật khẩu', en: 'Password' } }, { pinned: true }),
  });
  if (user.role === 'ADMIN') {
    workbench.editorProviders.register({ id: 'users', icon: 'organization', component: UsersEditor });
    workbench.commands.register({
      id: 'access.manageUsers',
      title: { vi: 'Quản lý người dùng', en: 'Manage Users' },
      category: CATEGORY,
      icon: 'organization',
      run: () => workbench.editors.open({ typeId: 'users', id: 'all', label: 'Người dùng', title: { vi: 'Người dùng', en: 'Users' } }, { pinned: true }),
    });
  }
  workbench.statusBar.register({
    id: 'access.user',
    alignment: 'left',
    order: 0,
    component: () =>
      createElement(UserStatusItem, { onClick: () => workbench.quickInput.showPalette('>Tài khoản') }),
  });
}
