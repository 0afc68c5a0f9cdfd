import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '../common/csv';
import { childrenExportRows, percentCell } from './export-rows';

const thanhPhu = {
  code: '837',
  name: 'Huyện Thạnh Phú',
  level: 'DISTRICT' as const,
  target: 100_000,
  collected: 101_000,
  activated: 83_770,
  collectedRate: 1.01,
  activatedRate: 0.8377,
  state: 'ON_TRACK' as const,
};

describe('children export', () => {
  it('writes percents with two decimals and a decimal comma, in every language', () => {
    expect(percentCell(822_139 / 930_767)).toBe('88,33');
    expect(percentCell(1)).toBe('100,00');
    expect(percentCell(null)).toBe('');
  });

  it('has Vietnamese or English headers and one row per child', () => {
    const vi = childrenExportRows([thanhPhu], '2023-11-14', 'vi');
    expect(vi[0]?.[0]).toBe('Mã');
    expect(vi[1]).toEqual([
      '837',
      'Huyện Thạnh Phú',
      'Huyện',
      '100000',
      '101000',
      '101,00',
      '83770',
      '83,77',
      'Đúng tiến độ',
      '14/11/2023',
    ]);
    const en = childrenExportRows([thanhPhu], '2023-11-14', 'en');
    expect(en[0]?.[3]).toBe('Target');
    expect(en[1]?.[7]).toBe('83,77');
    expect(en[1]?.slice(-2)).toEqual(['On track', '2023-11-14']);
    // The separator is a semicolon: the decimal comma needs no quotes.
    expect(formatCsv(vi)).toContain(';101,00;');
    expect(parseCsv(formatCsv(vi))[1]?.fields[5]).toBe('101,00');
  });
});
