import { describe, expect, it } from 'vitest';
import { formatChange, normalizeCountText, parseCountInput } from './counts';

describe('parseCountInput', () => {
  it('reads whole numbers typed the Vietnamese way, the English way or plain', () => {
    expect(parseCountInput('1.234')).toEqual({ kind: 'count', value: 1234 });
    expect(parseCountInput('1.234.567')).toEqual({ kind: 'count', value: 1234567 });
    expect(parseCountInput('1,234')).toEqual({ kind: 'count', value: 1234 });
    expect(parseCountInput(' 812 ')).toEqual({ kind: 'count', value: 812 });
    expect(parseCountInput('1 234')).toEqual({ kind: 'count', value: 1234 });
    expect(parseCountInput('1\u00a0234')).toEqual({ kind: 'count', value: 1234 });
    expect(parseCountInput('0')).toEqual({ kind: 'count', value: 0 });
  });
  it('says empty for an empty cell', () => {
    expect(parseCountInput('')).toEqual({ kind: 'empty' });
    expect(parseCountInput('   ')).toEqual({ kind: 'empty' });
  });
  it('refuses what is not a whole count instead of guessing', () => {
    for (const text of ['1,5', '1.23', '-3', '12a', '1.234,5', '1.234,567', '+5', 'mười']) {
      expect(parseCountInput(text), text).toEqual({ kind: 'invalid' });
    }
  });
});

describe('normalizeCountText', () => {
  it('formats a count for the language and leaves other text alone', () => {
    expect(normalizeCountText('1234', 'vi')).toBe('1.234');
    expect(normalizeCountText('1.234', 'en')).toBe('1,234');
    expect(normalizeCountText(' 12a ', 'vi')).toBe('12a');
    expect(normalizeCountText('', 'vi')).toBe('');
  });
});

describe('formatChange', () => {
  it('signs the change', () => {
    expect(formatChange(1234, 'vi')).toBe('+1.234');
    expect(formatChange(-12, 'vi')).toBe('−12');
    expect(formatChange(0, 'en')).toBe('0');
  });
});
