import { addDictionaries, type Dictionary } from '../i18n/i18n';

const vi = {
  'connection.online': 'Đã kết nối · cập nhật {{time}}',
  'connection.offline': 'Mất kết nối máy chủ',
  'connection.onlineTitle': 'Số liệu tự làm mới vài giây sau mỗi thay đổi. Nhấn để làm mới ngay.',
  'connection.offlineTitle': 'Máy chủ không trả lời. Nhấn để thử lại.',
  'refresh.working': 'Làm mới số liệu',
  'refresh.failed': 'Không làm mới được số liệu',
} satisfies Dictionary;

const en: Dictionary<keyof typeof vi> = {
  'connection.online': 'Connected · updated {{time}}',
  'connection.offline': 'Server unreachable',
  'connection.onlineTitle': 'Figures refresh within seconds of any change. Click to refresh now.',
  'connection.offlineTitle': 'The server does not answer. Click to retry.',
  'refresh.working': 'Refreshing figures',
  'refresh.failed': 'Could not refresh the figures',
};

addDictionaries('app', vi, en);
