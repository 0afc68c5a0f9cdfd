import { addDictionaries, type Dictionary } from '../../i18n/i18n';

const vi = {
  communes: '{{reported}}/{{total}} xã đã báo cáo {{when}}',
  hamlets: '{{reported}}/{{total}} ấp đã báo cáo {{when}}',
  hamletDone: 'Ấp đã báo cáo {{when}}',
  hamletMissing: 'Ấp chưa báo cáo {{when}}',
  today: 'hôm nay',
  on: 'ngày {{date}}',
  title: 'Tình hình báo cáo: một xã tính là đã báo cáo khi mọi ấp của xã đã báo cáo trong ngày.',
} satisfies Dictionary;

const en: Dictionary<keyof typeof vi> = {
  communes: '{{reported}} of {{total}} communes reported {{when}}',
  hamlets: '{{reported}} of {{total}} hamlets reported {{when}}',
  hamletDone: 'The hamlet reported {{when}}',
  hamletMissing: 'The hamlet has not reported {{when}}',
  today: 'today',
  on: 'on {{date}}',
  title: 'Reporting: a commune counts as reported when every one of its hamlets reported that day.',
};

addDictionaries('completeness', vi, en);
