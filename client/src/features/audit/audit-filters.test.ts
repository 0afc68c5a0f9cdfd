import { describe, expect, it } from 'vitest';
import { readAuditFilters, type AuditFilterForm } from './audit-filters';

const form = (patch: Partial<AuditFilterForm> = {}): AuditFilterForm => ({
  unit: null,
  unitText: false,
  user: '',
  from: '',
  to: '',
  action: '',
  ...patch,
});

describe('readAuditFilters', () => {
  it('turns empty fields into no filter and reads Vietnamese dates', () => {
    expect(readAuditFilters(form())).toEqual({
      ok: true,
      filters: { unit: null, user: null, from: null, to: null, action: null },
    });
    expect(
      readAuditFilters(form({ unit: '836', user: ' official ', from: '1/11/2023', to: '15/11/2023', action: 'tally' })),
    ).toEqual({
      ok: true,
      filters: { unit: '836', user: 'official', from: '2023-11-01', to: '2023-11-15', action: 'tally' },
    });
  });
  it('says which field is wrong', () => {
    expect(readAuditFilters(form({ from: '31/11/2023' }))).toEqual({ ok: false, field: 'from' });
    expect(readAuditFilters(form({ unitText: true }))).toEqual({ ok: false, field: 'unit' });
  });
});
