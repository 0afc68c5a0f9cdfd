import { checkCampaign } from '@chitieu/shared';
import { describe, expect, it } from 'vitest';
import { changedFields, fieldsOf, formOf } from './campaign-form';

const campaign = {
  code: 'DDDT-2023',
  name: 'Thu nhận, kích hoạt tài khoản định danh điện tử',
  description: '',
  collectedLabel: 'Thu nhận',
  activatedLabel: 'Kích hoạt',
  startDate: '2023-09-01',
  deadline: '2023-12-15',
  rootTarget: 930767,
};

describe('campaign form', () => {
  it('shows dates day first and the target in vi-VN, and reads them back', () => {
    const form = formOf(campaign, 'vi');
    expect(form).toMatchObject({ startDate: '01/09/2023', deadline: '15/12/2023', rootTarget: '930.767' });
    expect(fieldsOf(form)).toEqual(campaign);
  });
  it('sends only what changed', () => {
    const form = { ...formOf(campaign, 'vi'), deadline: '31/12/2023', rootTarget: '1.000.000' };
    expect(changedFields(campaign, fieldsOf(form))).toEqual({ deadline: '2023-12-31', rootTarget: 1000000 });
  });
  it('lets the shared rules name a date or target that cannot be read', () => {
    const fields = fieldsOf({ ...formOf(campaign, 'vi'), deadline: '31/02/2023', rootTarget: 'nhiều' });
    expect(
      checkCampaign(fields)
        .map((p) => p.field)
        .sort(),
    ).toEqual(['deadline', 'rootTarget']);
  });
});
