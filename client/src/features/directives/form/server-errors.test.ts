import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { otherProblems, problemsFor, readServerErrors } from './server-errors';

const badInput = new CombinedGraphQLErrors({
  data: null,
  errors: [
    {
      message: 'Dữ liệu chưa hợp lệ; không có gì được lưu. / Some input is not valid; nothing was saved.',
      extensions: {
        code: 'BAD_USER_INPUT',
        messageVi: 'Dữ liệu chưa hợp lệ; không có gì được lưu.',
        messageEn: 'Some input is not valid; nothing was saved.',
        fields: [
          {
            unit: null,
            field: 'deadline',
            messageVi: 'Nhiệm vụ 6: Hạn 2023-11-01 trước ngày ban hành 2023-11-14.',
            messageEn: 'Task 6: The deadline 2023-11-01 is before the issue date 2023-11-14.',
          },
          {
            unit: '99999',
            field: 'assignees',
            messageVi: 'Không có đơn vị hay cơ quan mã "99999".',
            messageEn: 'No unit or agency has the code "99999".',
          },
          {
            unit: null,
            field: 'attachments.url',
            messageVi: 'Liên kết phải bắt đầu bằng http://',
            messageEn: 'The link must start with http://',
          },
        ],
      },
    },
  ],
});

describe('reading the server’s explanation of a refused input', () => {
  it('takes the message and every field problem in the user’s language', () => {
    const vi = readServerErrors(badInput, 'vi');
    expect(vi.code).toBe('BAD_USER_INPUT');
    expect(vi.message).toBe('Dữ liệu chưa hợp lệ; không có gì được lưu.');
    expect(problemsFor(vi, 'deadline')).toEqual(['Nhiệm vụ 6: Hạn 2023-11-01 trước ngày ban hành 2023-11-14.']);
    const en = readServerErrors(badInput, 'en');
    expect(en.message).toBe('Some input is not valid; nothing was saved.');
    expect(problemsFor(en, 'assignees', '99999')).toEqual(['No unit or agency has the code "99999".']);
    expect(problemsFor(en, 'assignees', '836')).toEqual([]);
  });

  it('leaves the problems no field shows for the summary', () => {
    const errors = readServerErrors(badInput, 'vi');
    expect(otherProblems(errors, ['deadline', 'assignees']).map((p) => p.field)).toEqual(['attachments.url']);
  });

  it('falls back to the plain message of other failures', () => {
    const conflict = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Cơ quan này đã có văn bản số 1. / …', extensions: { code: 'CONFLICT' } }],
    });
    expect(readServerErrors(conflict, 'en')).toEqual({
      code: 'CONFLICT',
      message: 'Cơ quan này đã có văn bản số 1. / …',
      problems: [],
    });
    expect(readServerErrors(new Error('Failed to fetch'), 'vi')).toEqual({
      code: null,
      message: 'Failed to fetch',
      problems: [],
    });
  });
});
