import { describe, expect, it } from 'vitest';
import { checkCampaign, type CampaignFields } from './checks';

const good: CampaignFields = {
  code: 'DDDT-2024',
  name: 'Thu nhận, kích hoạt',
  description: '',
  collectedLabel: 'Thu nhận',
  activatedLabel: 'Kích hoạt',
  startDate: '2024-01-01',
  deadline: '2024-06-30',
  rootTarget: 930_767,
};
const fieldsOf = (f: Partial<CampaignFields>, first: string | null = null) =>
  checkCampaign({ ...good, ...f }, first).map((p) => p.field);

describe('campaign rules', () => {
  it('accepts a good campaign', () => {
    expect(checkCampaign(good)).toEqual([]);
  });

  it('wants the deadline after the start, and real dates', () => {
    expect(fieldsOf({ deadline: '2024-01-01' })).toEqual(['deadline']);
    expect(fieldsOf({ deadline: '2023-12-31' })).toEqual(['deadline']);
    expect(fieldsOf({ startDate: '2024-02-30' })).toEqual(['startDate']);
  });

  it('wants a code, a name, two labels and a whole target', () => {
    expect(fieldsOf({ code: 'a b' })).toEqual(['code']);
    expect(fieldsOf({ name: '  ' })).toEqual(['name']);
    expect(fieldsOf({ collectedLabel: '', activatedLabel: 'x'.repeat(61) })).toEqual([
      'collectedLabel',
      'activatedLabel',
    ]);
    expect(fieldsOf({ rootTarget: -1 })).toEqual(['rootTarget']);
    expect(fieldsOf({ rootTarget: 2.5 })).toEqual(['rootTarget']);
  });

  it('keeps existing reports inside the campaign', () => {
    expect(fieldsOf({ startDate: '2024-01-10' }, '2024-01-05')).toEqual(['startDate']);
    expect(fieldsOf({ startDate: '2024-01-05' }, '2024-01-05')).toEqual([]);
  });
});
