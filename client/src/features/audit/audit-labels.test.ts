import { formatCount } from '@chitieu/shared';
import { describe, expect, it } from 'vitest';
import { actionLabel, valueText } from './audit-labels';

describe('audit labels', () => {
  it('names known actions in both languages and shows others as recorded', () => {
    expect(actionLabel('tally.replace', 'vi')).toBe('Sửa số liệu');
    expect(actionLabel('target.set', 'en')).toBe('Target set');
    expect(actionLabel('directive.task.add', 'vi')).toBe('directive.task.add');
  });
  it('shows report counts, numbers and text', () => {
    const vi = (n: number) => formatCount(n, 'vi');
    expect(valueText('{"collected":1234,"activated":600}', vi)).toBe('1.234 / 600');
    expect(valueText('93000', vi)).toBe('93.000');
    expect(valueText('OFFICIAL', vi)).toBe('OFFICIAL');
    expect(valueText(null, vi)).toBe('—');
    expect(valueText('{"rowsRead":2000,"created":2}', vi)).toBe('rowsRead: 2.000, created: 2');
  });
});
