import { addDictionaries, type Dictionary } from '../../i18n/i18n';

const vi = {
  'asOf.label': 'Số liệu đến {{date}}',
  'asOf.today': 'hôm nay',
  'asOf.title': 'Ngày số liệu: cả giao diện hiển thị số liệu, tốc độ và dự báo tính đến ngày này. Nhấn để đổi.',
  'asOf.prompt': 'Xem số liệu tính đến ngày (dd/mm/yyyy)',
  'asOf.placeholder': 'Ví dụ 31/10/2023',
  'asOf.invalid': 'Không đọc được ngày. Gõ theo dạng ngày/tháng/năm, ví dụ 31/10/2023.',
  'asOf.beforeStart': 'Chiến dịch bắt đầu ngày {{date}}: chọn ngày từ đó trở đi.',
  'asOf.changed': 'Đang xem số liệu đến {{date}}.',
  'campaign.none': 'Chưa có chiến dịch',
  'campaign.title': '{{name}} — hạn {{deadline}}',
  'campaign.loadFailed': 'Không tải được chiến dịch',
} satisfies Dictionary;

const en: Dictionary<keyof typeof vi> = {
  'asOf.label': 'Figures as of {{date}}',
  'asOf.today': 'today',
  'asOf.title': 'As-of date: the whole console shows figures, pace and projections as of this day. Click to change it.',
  'asOf.prompt': 'Show figures as of (dd/mm/yyyy)',
  'asOf.placeholder': 'e.g. 31/10/2023',
  'asOf.invalid': 'Cannot read that date. Type day/month/year, e.g. 31/10/2023.',
  'asOf.beforeStart': 'The campaign starts on {{date}}: choose that day or later.',
  'asOf.changed': 'Showing figures as of {{date}}.',
  'campaign.none': 'No campaign yet',
  'campaign.title': '{{name}} — deadline {{deadline}}',
  'campaign.loadFailed': 'Could not load the campaign',
};

addDictionaries('campaigns', vi, en);
