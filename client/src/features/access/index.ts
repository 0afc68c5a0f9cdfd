import { createElement, type ComponentType } from 'react';
import type { FeatureContext } from '../../lib/feature';
import type { Localized } from '../../workbench/state/localized';
import type { EditorProps } from '../../workbench/views/contributions';
import type { Workbench } from '../../workbench/workbench';
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
  registerOneTabEditor(workbench, {
    command: 'access.changePassword',
    title: { vi: 'Đổi mật khẩu của tôi', en: 'Change My Password' },
    editor: {
      typeId: 'password',
      tab: 'me',
      label: { vi: 'Mật khẩu', en: 'Password' },
      icon: 'key',
      component: PasswordEditor,
    },
  });
  if (user.role === 'ADMIN') {
    registerOneTabEditor(workbench, {
      command: 'access.manageUsers',
      title: { vi: 'Quản lý người dùng', en: 'Manage Users' },
      editor: {
        typeId: 'users',
        tab: 'all',
        label: { vi: 'Người dùng', en: 'Users' },
        icon: 'organization',
        component: UsersEditor,
      },
    });
  }
  workbench.statusBar.register({
    id: 'access.user',
    alignment: 'left',
    order: 0,
    component: () => createElement(UserStatusItem, { onClick: () => workbench.quickInput.showPalette('>Tài khoản') }),
  });
}

/** An editor with a single tab, and the command that opens it pinned (the command takes its icon). */
function registerOneTabEditor(
  workbench: Workbench,
  spec: {
    command: string;
    title: Localized;
    editor: { typeId: string; tab: string; label: Localized; icon: string; component: ComponentType<EditorProps> };
  },
): void {
  const { typeId, tab, label, icon, component } = spec.editor;
  workbench.editorProviders.register({ id: typeId, icon, component });
  workbench.commands.register({
    id: spec.command,
    title: spec.title,
    category: CATEGORY,
    icon,
    run: () => workbench.editors.open({ typeId, id: tab, label: label.vi, title: label }, { pinned: true }),
  });
}
