/**
 * CSV as offices exchange it (RFC 4180 and what Excel writes): comma, semicolon or tab between
 * fields, fields in double quotes when they hold a separator, a quote ("" inside) or a line break,
 * CRLF or LF line ends, and often a UTF-8 byte-order mark in front.
 */
export type CsvDelimiter = ',' | ';' | '\t';

export const CSV_BOM = '\uFEFF';

export interface CsvRecord {
  /** The 1-based line of the file where this record starts (what a spreadsheet user looks for). */
  line: number;
  fields: string[];
  /** True when the file ends inside a quoted field. */
  unterminated?: boolean;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The separator of a file, guessed from its first line: the most frequent of ; , and tab outside quotes. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The records of a CSV text, one at a time (a generator, so a caller can pause between records
 * and keep a server responsive on a large file). Empty lines yield nothing.
 */
export function* csvRecords(text: string, delimiter: CsvDelimiter): Generator<CsvRecord> {
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let endOfRecord = false;
    let unterminated = false;
    while (!endOfRecord) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = '';
        let from = ++i;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) {
            value += text.slice(i);
            i = n;
            unterminated = true;
            break;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            from = q + 2;
            continue;
          }
          value += text.slice(i, q);
          i = q + 1;
          break;
        }
        for (let k = 0; k < value.length; k++) if (value.charCodeAt(k) === LF) line++;
        fields.push(value.replace(/""/g, '"'));
        // Anything between the closing quote and the next separator is kept, as Excel does.
        let j = i;
        while (j < n && text.charCodeAt(j) !== sep && text.charCodeAt(j) !== LF && text.charCodeAt(j) !== CR) j++;
        if (j > i) fields[fields.length - 1] += text.slice(i, j);
        i = j;
      } else {
        let j = i;
        while (j < n && text.charCodeAt(j) !== sep && text.charCodeAt(j) !== LF && text.charCodeAt(j) !== CR) j++;
        fields.push(text.slice(i, j));
        i = j;
      }
      const c = i < n ? text.charCodeAt(i) : -1;
      if (c === sep) {
        i++;
        continue;
      }
      endOfRecord = true;
      if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      else if (c === LF) i++;
      line++;
    }
    if (fields.length === 1 && fields[0] === '' && !unterminated) continue;
    yield unterminated ? { line: start, fields, unterminated } : { line: start, fields };
  }
}

/** Everything at once (small texts, tests). */
export function parseCsv(text: string, delimiter?: CsvDelimiter): CsvRecord[] {
  const body = stripBom(text);
  return [...csvRecords(body, delimiter ?? detectDelimiter(body))];
}

/**
 * Texts a spreadsheet may take for a formula: =, +, -, @ in front, or whitespace (space, tab, line
 * break) before one, which Excel and LibreOffice skip.
 */
const FORMULA_START = /^[=+\-@\t\r\n ]/;

/**
 * One field for a spreadsheet: quoted when it must be, and a text that Excel would take for a
 * formula (FORMULA_START) starts with an apostrophe instead.
 */
export function csvField(value: string | number | null, delimiter: CsvDelimiter): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/**
 * The one dialect every CSV export writes (the server's and the console's): what Excel with
 * Vietnamese regional settings, where the list separator is ";" and the decimal mark ",", opens
 * as columns and numbers without an import wizard. Semicolons, decimal commas, UTF-8 with a BOM,
 * CRLF. (LibreOffice and Google Sheets read it too; the import reads it and more.)
 */
export const CSV_EXPORT_DELIMITER: CsvDelimiter = ';';

/** A number with a decimal comma ("92,30"), with `fractionDigits` decimals if given, else as many as it has. */
export function csvDecimal(value: number, fractionDigits?: number): string {
  return (fractionDigits === undefined ? String(value) : value.toFixed(fractionDigits)).replace('.', ',');
}

/**
 * A whole file in the export dialect (CSV_EXPORT_DELIMITER): BOM first (so Excel reads UTF-8),
 * numbers with a decimal comma, CRLF line ends.
 */
export function formatCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const d = CSV_EXPORT_DELIMITER;
  const cell = (v: string | number | null) => (typeof v === 'number' ? csvDecimal(v) : csvField(v, d));
  return CSV_BOM + rows.map((row) => row.map(cell).join(d)).join('\r\n') + '\r\n';
}
