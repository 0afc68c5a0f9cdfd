import { describe, expect, it } from 'vitest';
import { canMarkDone, filesReport, markDoneRefusal, TASK_KIND_RULES } from './task-kinds';
import { TASK_KINDS } from './vocabulary';

describe('task kinds', () => {
  it('has the rules of every kind, and only of those', () => {
    expect(Object.keys(TASK_KIND_RULES).sort()).toEqual([...TASK_KINDS].sort());
  });

  it('an ongoing task has no deadline, tracks nothing, takes notes without a percent and ends with its directive', () => {
    expect(TASK_KIND_RULES.ONGOING).toEqual({
      dated: false,
      tracksTarget: false,
      updateNeedsPercent: false,
      doneBy: 'DIRECTIVE',
    });
    expect(markDoneRefusal('ONGOING')?.en).toBe('An ongoing task has no end; it ends with the directive.');
  });

  it('a DUE_BY task is dated, may track the target and is marked done by hand', () => {
    expect(TASK_KIND_RULES.DUE_BY).toEqual({
      dated: true,
      tracksTarget: true,
      updateNeedsPercent: true,
      doneBy: 'MARK',
    });
    expect(canMarkDone('DUE_BY')).toBe(true);
    expect(markDoneRefusal('DUE_BY')).toBeNull();
  });

  it('a REPORT_BY task is dated and done when its report is filed', () => {
    expect(TASK_KIND_RULES.REPORT_BY).toEqual({
      dated: true,
      tracksTarget: false,
      updateNeedsPercent: true,
      doneBy: 'REPORT',
    });
    expect(TASK_KINDS.filter(filesReport)).toEqual(['REPORT_BY']);
    expect(TASK_KINDS.filter(canMarkDone)).toEqual(['DUE_BY']);
    expect(markDoneRefusal('REPORT_BY')?.vi).toBe('Nhiệm vụ báo cáo hoàn thành khi nộp báo cáo (fileReport).');
  });
});
