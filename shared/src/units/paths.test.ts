import { describe, expect, it } from 'vitest';
import { ancestorPaths } from './paths';

describe('paths above a unit', () => {
  it('lists every unit above, root first, and nothing for a root', () => {
    expect(ancestorPaths('/83/836/29119/')).toEqual(['/83/', '/83/836/']);
    expect(ancestorPaths('/VN/83/')).toEqual(['/VN/']);
    expect(ancestorPaths('/83/')).toEqual([]);
  });
});
