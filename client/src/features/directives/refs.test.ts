import { describe, expect, it } from 'vitest';
import { directiveId, lineId, parseDirectiveId, parseLineId, parseTaskFormId, taskFormId } from './refs';

const ref = { issuer: '83', number: '7027/UBND-KSTT' };

describe('editor ids of the directive feature', () => {
  it('round-trips a directive, a task form and a line, whatever the number holds', () => {
    expect(parseDirectiveId(directiveId(ref))).toEqual(ref);
    const odd = { issuer: 'CAT-83', number: '12 | 3/CV-CA' };
    expect(parseDirectiveId(directiveId(odd))).toEqual(odd);
    expect(parseTaskFormId(taskFormId(ref, 5))).toEqual({ ...ref, task: 5 });
    expect(parseTaskFormId(taskFormId(ref, 'new'))).toEqual({ ...ref, task: 'new' });
    expect(parseLineId(lineId({ ...ref, task: 5, assignee: 'CAT-83' }))).toEqual({
      ...ref,
      task: 5,
      assignee: 'CAT-83',
    });
  });

  it('refuses ids that are not theirs', () => {
    expect(parseDirectiveId('83')).toBeNull();
    expect(parseDirectiveId(lineId({ ...ref, task: 1, assignee: '836' }))).toBeNull();
    expect(parseTaskFormId(directiveId(ref))).toBeNull();
    expect(parseTaskFormId(`${directiveId(ref)}|0`)).toBeNull();
    expect(parseLineId(`${directiveId(ref)}|x|836`)).toBeNull();
  });
});
