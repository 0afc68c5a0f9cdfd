import { describe, expect, it } from 'vitest';
import { canCommit, csvErrorOf, exportChildrenUrl, type ImportResult } from './csv-api';

const result = (summary: Partial<ImportResult['summary']>, dryRun = true): ImportResult => ({
  dryRun,
  committed: !dryRun,
  summary: { rowsRead: 3, wouldCreate: 0, wouldUpdate: 0, unchanged: 0, rejected: 0, ...summary },
  rejected: [],
  rejectedListed: 0,
  delimiter: ';',
  ignoredColumns: [],
});

describe('canCommit', () => {
  it('allows the real run only after a clean dry run that would write something', () => {
    expect(canCommit(result({ wouldCreate: 2 }))).toBe(true);
    expect(canCommit(result({ wouldCreate: 2, rejected: 1 }))).toBe(false);
    expect(canCommit(result({ unchanged: 3 }))).toBe(false);
    expect(canCommit(result({ wouldCreate: 2 }, false))).toBe(false);
    expect(canCommit(null)).toBe(false);
  });
});

describe('csvErrorOf', () => {
  it('reads both languages and keeps the report of a refused run', () => {
    const body = {
      ...result({ rejected: 1 }, false),
      errors: [
        {
          message: 'x / y',
          extensions: { code: 'BAD_USER_INPUT', messageVi: 'Có 1 dòng bị từ chối.', messageEn: '1 row was rejected.' },
        },
      ],
    };
    const error = csvErrorOf(400, body);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.messageEn).toBe('1 row was rejected.');
    expect(error.result?.summary.rejected).toBe(1);
    expect(csvErrorOf(502, null).messageVi).toBe('HTTP 502');
  });
});

describe('exportChildrenUrl', () => {
  it('names the campaign, the unit, the date and the language', () => {
    expect(exportChildrenUrl('DDDT-2023', '836', '2023-11-15', 'vi')).toBe(
      '/api/export/children?campaign=DDDT-2023&unit=836&asOf=2023-11-15',
    );
    expect(exportChildrenUrl('DDDT-2023', '83', '2023-11-15', 'en')).toContain('&lang=en');
  });
});
