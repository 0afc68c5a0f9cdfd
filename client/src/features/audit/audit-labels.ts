import type { Localized } from '../../workbench/state/localized';

/** Names of the actions the audit records; an unknown action shows as recorded. */
const ACTIONS: Record<string, Localized> = {
  'tally.record': { vi: 'Nhập số liệu', en: 'Tally recorded' },
  'tally.replace': { vi: 'Sửa số liệu', en: 'Tally replaced' },
  'target.set': { vi: 'Giao chỉ tiêu', en: 'Target set' },
  'campaign.create': { vi: 'Tạo chiến dịch', en: 'Campaign created' },
  'campaign.update': { vi: 'Sửa chiến dịch', en: 'Campaign changed' },
  'user.create': { vi: 'Tạo người dùng', en: 'User created' },
  'user.password.reset': { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
  'user.password.change': { vi: 'Đổi mật khẩu', en: 'Password changed' },
  'user.deactivate': { vi: 'Khoá tài khoản', en: 'User deactivated' },
  'user.reactivate': { vi: 'Mở khoá tài khoản', en: 'User reactivated' },
  'user.sessions.revoke': { vi: 'Đăng xuất mọi phiên', en: 'Sessions revoked' },
  'tally.import': { vi: 'Nhập tệp CSV', en: 'CSV imported' },
  'directive.create': { vi: 'Ban hành văn bản', en: 'Directive created' },
  'directive.update': { vi: 'Sửa văn bản', en: 'Directive changed' },
  'savedQuery.create': { vi: 'Lưu truy vấn', en: 'Query saved' },
  login: { vi: 'Đăng nhập', en: 'Logged in' },
  'login.failed': { vi: 'Đăng nhập sai', en: 'Login failed' },
  logout: { vi: 'Đăng xuất', en: 'Logged out' },
};

export function actionLabel(action: string, language: keyof Localized): string {
  return ACTIONS[action]?.[language] ?? action;
}

/** The action families the filter offers ("tally" is tally.record and tally.replace). */
export const ACTION_FILTERS: ReadonlyArray<{ value: string; label: Localized }> = [
  { value: 'tally', label: { vi: 'Số liệu', en: 'Tallies' } },
  { value: 'target', label: { vi: 'Chỉ tiêu', en: 'Targets' } },
  { value: 'campaign', label: { vi: 'Chiến dịch', en: 'Campaigns' } },
  { value: 'user', label: { vi: 'Người dùng', en: 'Users' } },
  { value: 'login', label: { vi: 'Đăng nhập', en: 'Logins' } },
  { value: 'directive', label: { vi: 'Văn bản chỉ đạo', en: 'Directives' } },
];

/** An old or new value as the table shows it: counts of a report, a number, or the text. */
export function valueText(value: string | null | undefined, format: (n: number) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === 'number') return format(parsed);
    if (parsed && typeof parsed === 'object' && 'collected' in parsed && 'activated' in parsed) {
      const counts = parsed as { collected: number; activated: number };
      return `${format(counts.collected)} / ${format(counts.activated)}`;
    }
    if (typeof parsed === 'string') return parsed;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return Object.entries(parsed)
        .map(([key, v]) => `${key}: ${typeof v === 'number' ? format(v) : String(v)}`)
        .join(', ');
    }
  } catch {
    // Plain text: shown as it is.
  }
  return value;
}
