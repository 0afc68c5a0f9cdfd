import { addDictionaries, type Dictionary } from '../i18n/i18n';

const vi = {
  'connection.online': 'Đã kết nối · cập nhật {{time}}',
  'connection.live': 'Cập nhật trực tiếp · {{time}}',
  'connection.polling': 'Cập nhật: định kỳ 3 giây (không có kết nối trực tiếp) · {{time}}',
  'connection.offline': 'Mất kết nối máy chủ',
  'connection.short.connecting': 'Đã kết nối',
  'connection.short.live': 'Trực tiếp',
  'connection.short.polling': 'Định kỳ 3 giây',
  'connection.onlineTitle': 'Số liệu tự làm mới vài giây sau mỗi thay đổi. Nhấn để làm mới ngay.',
  'connection.liveTitle': 'Máy chủ báo ngay mỗi thay đổi số liệu qua kết nối trực tiếp. Nhấn để làm mới ngay.',
  'connection.pollingTitle':
    'Không mở được kết nối trực tiếp: 3 giây một lần hỏi máy chủ có gì thay đổi, vẫn đang thử kết nối lại. Nhấn để làm mới ngay.',
  'connection.offlineTitle': 'Máy chủ không trả lời. Nhấn để thử lại.',
  'refresh.working': 'Làm mới số liệu',
  'refresh.failed': 'Không làm mới được số liệu',
} satisfies Dictionary;

const en: Dictionary<keyof typeof vi> = {
  'connection.online': 'Connected · updated {{time}}',
  'connection.live': 'Live updates · {{time}}',
  'connection.polling': 'Updates: every 3 s (no live connection) · {{time}}',
  'connection.offline': 'Server unreachable',
  'connection.short.connecting': 'Connected',
  'connection.short.live': 'Live',
  'connection.short.polling': 'Every 3 s',
  'connection.onlineTitle': 'Figures refresh within seconds of any change. Click to refresh now.',
  'connection.liveTitle':
    'The server tells of every change to the figures at once, over a live connection. Click to refresh now.',
  'connection.pollingTitle':
    'No live connection: the server is asked every 3 s whether anything changed, while reconnecting. Click to refresh now.',
  'connection.offlineTitle': 'The server does not answer. Click to retry.',
  'refresh.working': 'Refreshing figures',
  'refresh.failed': 'Could not refresh the figures',
};

addDictionaries('app', vi, en);
