import { describe, expect, it } from 'vitest';
import { dateLine, formatChange, placeOf, reportCsvUrl } from './report-format';

describe('the administrative layout of a report', () => {
  it('names the place without the unit type', () => {
    expect(placeOf('Tỉnh Bến Tre')).toBe('Bến Tre');
    expect(placeOf('Thành phố Bến Tre')).toBe('Bến Tre');
    expect(placeOf('Thị trấn Ba Tri')).toBe('Ba Tri');
    expect(placeOf('Bến Tre')).toBe('Bến Tre');
  });

  it('writes the date line as Nghị định 30/2020 does, and in English', () => {
    expect(dateLine('Bến Tre', '2023-11-15', 'vi')).toBe('Bến Tre, ngày 15 tháng 11 năm 2023');
    expect(dateLine('Bến Tre', '2023-02-05', 'vi')).toBe('Bến Tre, ngày 05 tháng 02 năm 2023');
    expect(dateLine('Bến Tre', '2023-12-18', 'vi')).toBe('Bến Tre, ngày 18 tháng 12 năm 2023');
    expect(dateLine('Bến Tre', '2023-11-05', 'en')).toBe('Bến Tre, 5 November 2023');
  });

  it('signs changes since the previous report', () => {
    expect(formatChange(null, 'vi')).toBe('—');
    expect(formatChange(0, 'vi')).toBe('0');
    expect(formatChange(12345, 'vi')).toBe('+12.345');
    expect(formatChange(-56, 'en')).toBe('−56');
  });

  it('points at the server’s CSV of the same report', () => {
    const url = reportCsvUrl({
      issuer: '83',
      number: '7027/UBND-KSTT',
      task: 5,
      assignee: 'CAT-83',
      asOf: '2023-11-14',
      level: 'DISTRICT',
    });
    expect(url).toBe(
      '/api/export/directive-report?directive=7027%2FUBND-KSTT&issuer=83&task=5&assignee=CAT-83&asOf=2023-11-14&level=DISTRICT',
    );
  });
});
