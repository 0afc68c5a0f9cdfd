import { describe, expect, it } from 'vitest';
import {
  childrenExportUrl,
  CSRF_HEADER,
  directiveReportExportUrl,
  REST_BASE,
  REST_ROUTES,
  tallyImportUrl,
} from './contracts';

describe('the REST endpoints beside GraphQL', () => {
  it('live under /api, one route each', () => {
    expect(REST_BASE).toBe('/api');
    expect(REST_ROUTES).toEqual({
      importTallies: '/import/tallies',
      exportChildren: '/export/children',
      exportDirectiveReport: '/export/directive-report',
    });
    expect(CSRF_HEADER).toBe('x-chitieu-csrf');
  });

  it('name the CSV import, a dry run with dryRun=1', () => {
    expect(tallyImportUrl('DDDT-2023', true)).toBe('/api/import/tallies?campaign=DDDT-2023&dryRun=1');
    expect(tallyImportUrl('DDDT-2023', false)).toBe('/api/import/tallies?campaign=DDDT-2023');
  });

  it('name the children export, lang only for English', () => {
    expect(childrenExportUrl({ campaign: 'DDDT-2023', unit: '836', asOf: '2023-11-15', lang: 'vi' })).toBe(
      '/api/export/children?campaign=DDDT-2023&unit=836&asOf=2023-11-15',
    );
    expect(childrenExportUrl({ campaign: 'DDDT-2023', unit: '83', asOf: '2023-11-15', lang: 'en' })).toBe(
      '/api/export/children?campaign=DDDT-2023&unit=83&asOf=2023-11-15&lang=en',
    );
  });

  it('encode a query as the browser does', () => {
    const odd = "Ấp 1 (cũ)! ~'*&=+";
    expect(childrenExportUrl({ campaign: odd, unit: '8', asOf: '2023-11-15', lang: 'vi' })).toBe(
      `/api/export/children?${new URLSearchParams({ campaign: odd, unit: '8', asOf: '2023-11-15' }).toString()}`,
    );
  });

  it('name the directive report export, its number escaped', () => {
    expect(
      directiveReportExportUrl({
        directive: '7027/UBND-KSTT',
        issuer: '83',
        task: 5,
        assignee: 'CAT-83',
        asOf: '2023-11-14',
        level: 'DISTRICT',
      }),
    ).toBe(
      '/api/export/directive-report?directive=7027%2FUBND-KSTT&issuer=83&task=5&assignee=CAT-83&asOf=2023-11-14&level=DISTRICT',
    );
  });
});
