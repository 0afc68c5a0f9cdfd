import { describe, expect, it } from 'vitest';
import { changedFields, directiveFields, draftOf, newDraft, sameDraft } from './directive-draft';
import { EMPTY_TASK, taskChanges, withAssignees } from './task-draft';

const loaded = {
  number: '7027/UBND-KSTT',
  kind: 'CONG_VAN' as const,
  issuedBy: { code: '83' },
  signerTitle: 'Chủ tịch UBND tỉnh',
  signerName: null,
  issuedDate: '2023-11-14',
  title: 'Tiếp tục đẩy nhanh tiến độ',
  summary: 'Tóm tắt',
  fullText: '',
  campaign: { code: 'DDDT-2023' },
  status: 'IN_FORCE' as const,
  attachments: [],
};

describe('the directive form’s draft', () => {
  it('starts a new directive for the user’s unit, today and the current campaign', () => {
    const draft = newDraft({ issuer: '83', campaign: 'DDDT-2023', today: '2023-11-15' });
    expect(draft).toMatchObject({
      issuer: '83',
      campaign: 'DDDT-2023',
      issuedDate: '15/11/2023',
      kind: 'CONG_VAN',
      status: 'IN_FORCE',
    });
  });

  it('reads the date as typed and leaves every other check to the server', () => {
    const draft = { ...draftOf(loaded), issuedDate: '1/11/2023', signerName: '  ' };
    expect(directiveFields(draft)).toMatchObject({
      fields: { issuedDate: '2023-11-01', signerName: null, campaign: 'DDDT-2023' },
    });
    expect(directiveFields({ ...draft, issuedDate: '31/02/2023' })).toEqual({ badDate: true });
  });

  it('sends only what changed, "" to clear the signer or the campaign', () => {
    const before = directiveFields(draftOf(loaded));
    const after = directiveFields({ ...draftOf(loaded), title: 'Mới', campaign: '', signerName: '' });
    if (!('fields' in before) || !('fields' in after)) throw new Error('dates parse');
    expect(changedFields(before.fields, after.fields)).toEqual({ title: 'Mới', campaign: '' });
    expect(sameDraft(draftOf(loaded), draftOf(loaded))).toBe(true);
  });
});

describe('the task form’s draft', () => {
  it('adds each assignee once', () => {
    const list = withAssignees(withAssignees(EMPTY_TASK.assignees, [{ code: '836', name: 'Huyện Ba Tri' }]), [
      { code: '836', name: 'Huyện Ba Tri' },
      { code: '29110', name: 'Thị trấn Ba Tri' },
    ]);
    expect(list.map((a) => a.code)).toEqual(['836', '29110']);
  });

  it('sends the fields and the assignees to add and remove', () => {
    const saved = [
      { code: '836', name: 'Huyện Ba Tri' },
      { code: 'CAT-83', name: 'Công an tỉnh Bến Tre' },
    ];
    const draft = {
      ...EMPTY_TASK,
      title: 'Báo cáo',
      kind: 'REPORT_BY' as const,
      deadline: '18/12/2023',
      linkedToTarget: true,
      assignees: [saved[1]!, { code: '29110', name: 'Thị trấn Ba Tri' }],
    };
    expect(taskChanges(draft, saved)).toEqual({
      fields: { title: 'Báo cáo', text: '', kind: 'REPORT_BY', deadline: '2023-12-18', linkedToTarget: false },
      added: ['29110'],
      removed: ['836'],
    });
    expect(taskChanges({ ...draft, deadline: '' }, saved)).toMatchObject({ fields: { deadline: null } });
    expect(taskChanges({ ...draft, deadline: '18-13-2023' }, saved)).toEqual({ badDate: true });
  });
});
