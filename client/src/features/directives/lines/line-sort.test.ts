import { describe, expect, it } from 'vitest';
import { sortLines, type SortableLine } from './line-sort';

const line = (
  name: string,
  state: SortableLine['state'],
  percentDone: number | null,
  activatedRate?: number,
): SortableLine => ({
  assignee: { name },
  state,
  percentDone,
  progress: activatedRate === undefined ? null : { collectedRate: activatedRate + 0.1, activatedRate },
});

const lines = [
  line('UBND xã Tân Mỹ', 'AT_RISK', 0.5, 0.5),
  line('Công an tỉnh Bến Tre', 'ON_TRACK', null),
  line('UBND huyện Ba Tri', 'AT_RISK', 0.56, 0.56),
  line('UBND xã An Đức', 'DONE', 1, 1),
];

const names = (list: readonly SortableLine[]) => list.map((l) => l.assignee.name);

describe('sorting the lines of a task', () => {
  it('sorts by name the Vietnamese way', () => {
    expect(names(sortLines(lines, 'assignee', 'ascending'))).toEqual([
      'Công an tỉnh Bến Tre',
      'UBND huyện Ba Tri',
      'UBND xã An Đức',
      'UBND xã Tân Mỹ',
    ]);
  });

  it('puts lines without a figure last in both directions', () => {
    expect(names(sortLines(lines, 'activatedRate', 'ascending'))).toEqual([
      'UBND xã Tân Mỹ',
      'UBND huyện Ba Tri',
      'UBND xã An Đức',
      'Công an tỉnh Bến Tre',
    ]);
    expect(names(sortLines(lines, 'percentDone', 'descending'))).toEqual([
      'UBND xã An Đức',
      'UBND huyện Ba Tri',
      'UBND xã Tân Mỹ',
      'Công an tỉnh Bến Tre',
    ]);
  });

  it('sorts by state worst first when descending, keeping the server order among equals', () => {
    expect(names(sortLines(lines, 'state', 'descending'))).toEqual([
      'UBND xã Tân Mỹ',
      'UBND huyện Ba Tri',
      'Công an tỉnh Bến Tre',
      'UBND xã An Đức',
    ]);
  });
});
