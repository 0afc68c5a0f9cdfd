import { describe, expect, it } from 'vitest';
import { MAX_NOTICE_UNITS, noticeFor, type Change } from './notice';

const day = (paths: string[]): Change => ({ kind: 'TALLIES', campaign: 'DDDT-2023', paths });

describe('noticeFor: what an open console is told of a change', () => {
  it('names the changed hamlet and every unit above it within the scope, root first', () => {
    const change = day(['/83/836/29119/2911901/']);
    expect(noticeFor(change, '/83/')?.units).toEqual(['83', '836', '29119', '2911901']);
    expect(noticeFor(change, '/83/836/')?.units).toEqual(['836', '29119', '2911901']);
    expect(noticeFor(change, '/83/836/29119/')?.units).toEqual(['29119', '2911901']);
  });

  it('tells a viewer outside the change nothing', () => {
    expect(noticeFor(day(['/83/836/29119/2911901/']), '/83/836/29122/')).toBeNull();
    expect(noticeFor(day(['/83/836/29119/2911901/']), '/83/837/')).toBeNull();
    // A code that begins with another's is not inside it.
    expect(noticeFor(day(['/83/8361/x/']), '/83/836/')).toBeNull();
  });

  it('names each unit once, and none past the limit', () => {
    const twoHamlets = day(['/83/836/29119/a/', '/83/836/29119/b/', '/83/837/29200/c/']);
    expect(noticeFor(twoHamlets, '/83/836/')?.units).toEqual(['836', '29119', 'a', 'b']);
    const many = day(Array.from({ length: MAX_NOTICE_UNITS + 1 }, (_, i) => `/83/836/29119/h${i}/`));
    expect(noticeFor(many, '/83/')).toEqual({ kind: 'TALLIES', campaign: 'DDDT-2023', units: null });
  });

  it('tells every console of any other change, naming no unit', () => {
    const other: Change = { kind: 'OTHER', campaign: null, paths: [] };
    for (const scope of ['/83/', '/83/836/29119/', '/83/837/'])
      expect(noticeFor(other, scope)).toEqual({ kind: 'OTHER', campaign: null, units: null });
  });
});
