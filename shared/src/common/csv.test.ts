import { describe, expect, it } from 'vitest';
import { csvDecimal, csvField, detectDelimiter, formatCsv, parseCsv } from './csv';

describe('reading CSV', () => {
  it('reads comma and semicolon files, with or without a BOM, CRLF or LF', () => {
    expect(parseCsv('\uFEFFa;b\r\n1;2\r\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
    expect(parseCsv('a,b\n1,2')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
    expect(detectDelimiter('Mã ấp;Ngày;Thu nhận;Kích hoạt;Lý do\n')).toBe(';');
    expect(detectDelimiter('hamlet,date,collected,activated,reason')).toBe(',');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
  });

  it('reads quoted fields with separators, quotes and line breaks, and keeps line numbers', () => {
    const rows = parseCsv('code,reason\n1,"trùng, hồ sơ"\n2,"nói ""lại"""\n3,"hai\ndòng"\n4,x\n');
    expect(rows.map((r) => r.fields[1])).toEqual(['reason', 'trùng, hồ sơ', 'nói "lại"', 'hai\ndòng', 'x']);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 6]);
  });

  it('skips empty lines, keeps empty fields, and flags an unterminated quote', () => {
    expect(parseCsv('a;b\n\n1;\n;\n').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['', ''],
    ]);
    expect(parseCsv('a;b\n1;"open').at(-1)).toEqual({ line: 2, fields: ['1', 'open'], unterminated: true });
  });
});

describe('writing CSV', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvField('Xã Tân Xuân', ';')).toBe('Xã Tân Xuân');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a;b', ',')).toBe('a;b');
    expect(csvField('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")', ',')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-5, ',')).toBe('-5');
    expect(csvField(null, ',')).toBe('');
  });

  it('defuses a text starting with a space or a line break as it does a formula', () => {
    expect(csvField(' =1+1', ';')).toBe(`' =1+1`);
    expect(csvField('\n=cmd', ';')).toBe(`"'\n=cmd"`);
    expect(csvField(' Ấp 1', ';')).toBe(`' Ấp 1`);
    expect(csvField('\r\nẤp 2', ';')).toBe(`"'\r\nẤp 2"`);
    // Inside a text, spaces and line breaks only need quotes.
    expect(csvField('Ấp 1\nẤp 2', ';')).toBe('"Ấp 1\nẤp 2"');
    expect(csvField('Ấp 1 ', ';')).toBe('"Ấp 1 "');
  });

  it('writes one dialect, what Excel with Vietnamese settings opens: semicolons, decimal commas', () => {
    expect(
      formatCsv([
        ['Tỷ lệ', 'Số'],
        [0.8377, 1234],
        [-1.5, null],
      ]),
    ).toBe('\uFEFFTỷ lệ;Số\r\n0,8377;1234\r\n-1,5;\r\n');
    expect(csvDecimal(92.3, 2)).toBe('92,30');
    expect(csvDecimal(1 / 3)).toBe('0,3333333333333333');
    expect(csvDecimal(100, 2)).toBe('100,00');
  });

  it('starts with a BOM and ends lines with CRLF, and reads back what it wrote', () => {
    const text = formatCsv([
      ['Mã', 'Tên'],
      ['836', 'Huyện Ba Tri'],
      ['x', 'a;"b"'],
    ]);
    expect(text.startsWith('\uFEFFMã;Tên\r\n')).toBe(true);
    expect(parseCsv(text).map((r) => r.fields)).toEqual([
      ['Mã', 'Tên'],
      ['836', 'Huyện Ba Tri'],
      ['x', 'a;"b"'],
    ]);
  });
});
