import { describe, expect, it } from 'vitest';
import { exportFileName, resultToJson, tableToCsv } from './export-files';
import type { ResultTable } from './flatten';

const table: ResultTable = {
  path: 'ranking.nodes',
  columns: [
    { key: 'unit.name', numeric: false },
    { key: 'progress.activatedRate', numeric: true },
    { key: 'ok', numeric: false },
  ],
  rows: [
    ['Huyện Thạnh Phú', 0.8377, true],
    ['=SUM(A1)', null, false],
  ],
};

describe('exports', () => {
  it('writes the one CSV dialect whatever the language: BOM, semicolons, decimal commas, CRLF', () => {
    const vi = tableToCsv(table);
    expect(vi.startsWith('\uFEFFunit.name;progress.activatedRate;ok\r\n')).toBe(true);
    expect(vi).toContain('Huyện Thạnh Phú;0,8377;true\r\n');
    expect(vi).toContain("'=SUM(A1);;false\r\n");
  });

  it('writes JSON with the errors when there were some', () => {
    expect(JSON.parse(resultToJson({ a: 1 }, []))).toEqual({ data: { a: 1 } });
    expect(JSON.parse(resultToJson(null, [{ message: 'x' }]))).toEqual({ data: null, errors: [{ message: 'x' }] });
  });

  it('names files without diacritics', () => {
    expect(
      exportFileName('Huyện xếp hạng theo tỷ lệ kích hoạt (14-11-2023)', 'csv', new Date(2023, 10, 15, 9, 5)),
    ).toBe('huyen-xep-hang-theo-ty-le-kich-hoat-14-11-2023-20231115-0905.csv');
    expect(exportFileName('', 'json', new Date(2023, 0, 2, 3, 4))).toBe('query-20230102-0304.json');
  });
});
