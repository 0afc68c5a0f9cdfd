import { describe, expect, it } from 'vitest';
import { evaluateWhen } from './when';

describe('evaluateWhen', () => {
  const context = { panelVisible: true, activeEditor: 'unit', count: 0 };
  it('reads keys, negations and comparisons', () => {
    expect(evaluateWhen(undefined, context)).toBe(true);
    expect(evaluateWhen('panelVisible', context)).toBe(true);
    expect(evaluateWhen('!panelVisible', context)).toBe(false);
    expect(evaluateWhen("activeEditor == 'unit'", context)).toBe(true);
    expect(evaluateWhen('activeEditor != unit', context)).toBe(false);
    expect(evaluateWhen('count', context)).toBe(false);
  });
  it('binds && tighter than ||', () => {
    expect(evaluateWhen('missing && panelVisible || activeEditor == unit', context)).toBe(true);
    expect(evaluateWhen('missing || panelVisible && count', context)).toBe(false);
  });
  it('rejects what it cannot read', () => {
    expect(() => evaluateWhen('(a)', context)).toThrow(SyntaxError);
  });
});
