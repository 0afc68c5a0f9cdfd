import { formatCsv } from '@chitieu/shared';
import type { Cell, ResultTable } from './flatten';

/**
 * The table as CSV for Excel, in the one dialect of every export, the server's included
 * (formatCsv: semicolons, decimal commas, UTF-8 with a BOM, CRLF), whatever the console's
 * language. Numbers stay unformatted (no thousands dots).
 */
export function tableToCsv(table: ResultTable): string {
  const cell = (value: Cell): string | number | null => (typeof value === 'boolean' ? String(value) : value);
  return formatCsv([table.columns.map((c) => c.key), ...table.rows.map((row) => row.map(cell))]);
}

/** The whole response as the server sent it, indented. */
export function resultToJson(data: unknown, errors: readonly unknown[]): string {
  return `${JSON.stringify(errors.length > 0 ? { data, errors } : { data }, null, 2)}\n`;
}

/** A file name from the query's name and the time: "huyen-xep-hang-20231115-0930.csv". */
export function exportFileName(name: string, extension: 'csv' | 'json', at: Date = new Date()): string {
  const slug =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'query';
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  return `${slug}-${stamp}.${extension}`;
}

/** Hands a text to the browser as a download (a blob: URL, allowed by the console's CSP). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
