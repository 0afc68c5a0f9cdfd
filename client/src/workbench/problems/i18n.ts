import { addDictionaries, type Dictionary } from '../../i18n/i18n';

const vi = {
  title: 'Vấn đề',
  none: 'Chưa có nguồn vấn đề nào.',
  label: 'Các vấn đề cần xử lý',
  collapse: 'Thu gọn {{name}}',
  expand: 'Mở rộng {{name}}',
} satisfies Dictionary;

const en: Dictionary<keyof typeof vi> = {
  title: 'Problems',
  none: 'No source of problems yet.',
  label: 'Problems to deal with',
  collapse: 'Collapse {{name}}',
  expand: 'Expand {{name}}',
};

addDictionaries('problems', vi, en);
