import { addDictionaries, type Dictionary } from '../../i18n/i18n';

const vi = {
  'login.title': 'Đăng nhập',
  'login.product': 'Chỉ tiêu',
  'login.tagline': 'Theo dõi chỉ tiêu từ tỉnh đến ấp',
  'login.username': 'Tên đăng nhập',
  'login.password': 'Mật khẩu',
  'login.submit': 'Đăng nhập',
  'login.working': 'Đang đăng nhập…',
  'login.offline': 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
  'login.language': 'English',
  loading: 'Đang tải…',
  'role.ADMIN': 'Quản trị',
  'role.OFFICIAL': 'Cán bộ',
  'role.ANALYST': 'Phân tích',
  'status.user': '{{username}} · {{role}} · {{scope}}',
  'status.userTitle': 'Người dùng {{username}}, vai trò {{role}}, phạm vi {{scope}}',
  sessionLost: 'Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.',
} satisfies Dictionary;

const en: Dictionary<keyof typeof vi> = {
  'login.title': 'Sign in',
  'login.product': 'Chỉ tiêu',
  'login.tagline': 'Follow targets from province to hamlet',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.working': 'Signing in…',
  'login.offline': 'Cannot reach the server. Check the network and try again.',
  'login.language': 'Tiếng Việt',
  loading: 'Loading…',
  'role.ADMIN': 'Admin',
  'role.OFFICIAL': 'Official',
  'role.ANALYST': 'Analyst',
  'status.user': '{{username}} · {{role}} · {{scope}}',
  'status.userTitle': 'User {{username}}, role {{role}}, scope {{scope}}',
  sessionLost: 'Your session has ended. Please sign in again.',
};

addDictionaries('access', vi, en);
