import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { completenessText, isComplete, whenText } from './completeness-text';
import './completeness-i18n';

const figures = { communesReported: 42, communesTotal: 57, hamletsReported: 500, hamletsTotal: 600 };

describe('completenessText', () => {
  it('counts communes above a commune and hamlets in a commune, in both languages', () => {
    const vi = i18n.getFixedT('vi');
    const en = i18n.getFixedT('en');
    expect(completenessText('DISTRICT', figures, whenText('2023-11-15', '2023-11-15', vi), vi, 'vi')).toBe(
      '42/57 xã đã báo cáo hôm nay',
    );
    expect(completenessText('PROVINCE', figures, whenText('2023-11-15', '2023-11-15', en), en, 'en')).toBe(
      '42 of 57 communes reported today',
    );
    expect(
      completenessText(
        'COMMUNE',
        { ...figures, hamletsReported: 3, hamletsTotal: 8 },
        whenText('2023-11-14', '2023-11-15', vi),
        vi,
        'vi',
      ),
    ).toBe('3/8 ấp đã báo cáo ngày 14/11/2023');
    expect(completenessText('HAMLET', { ...figures, hamletsReported: 0 }, 'today', en, 'en')).toBe(
      'The hamlet has not reported today',
    );
  });

  it('groups the thousands of its counts as the language writes them', () => {
    const vi = i18n.getFixedT('vi');
    const en = i18n.getFixedT('en');
    const large = { communesReported: 1_234, communesTotal: 10_598, hamletsReported: 0, hamletsTotal: 10_000 };
    expect(completenessText('COMMUNE', large, whenText('2023-11-15', '2023-11-15', vi), vi, 'vi')).toBe(
      '0/10.000 ấp đã báo cáo hôm nay',
    );
    expect(completenessText('COMMUNE', large, whenText('2023-11-15', '2023-11-15', en), en, 'en')).toBe(
      '0 of 10,000 hamlets reported today',
    );
    expect(completenessText('COUNTRY', large, whenText('2023-11-15', '2023-11-15', vi), vi, 'vi')).toBe(
      '1.234/10.598 xã đã báo cáo hôm nay',
    );
    expect(completenessText('COUNTRY', large, whenText('2023-11-15', '2023-11-15', en), en, 'en')).toBe(
      '1,234 of 10,598 communes reported today',
    );
  });

  it('is complete when everyone below reported', () => {
    expect(isComplete('DISTRICT', figures)).toBe(false);
    expect(isComplete('DISTRICT', { ...figures, communesReported: 57 })).toBe(true);
    expect(isComplete('COMMUNE', { ...figures, hamletsReported: 600 })).toBe(true);
    expect(isComplete('COMMUNE', { ...figures, hamletsReported: 0, hamletsTotal: 0 })).toBe(false);
  });
});
