import type { IsoDate } from '@chitieu/shared';
import { parseViDate } from '../../lib/dates';

/** The filters as typed in the form. */
export interface AuditFilterForm {
  unit: string | null;
  unitText: boolean;
  user: string;
  from: string;
  to: string;
  action: string;
}

/** The filters as the auditEvents query takes them. */
export interface AuditFilters {
  unit: string | null;
  user: string | null;
  from: IsoDate | null;
  to: IsoDate | null;
  action: string | null;
}

export type FilterCheck = { ok: true; filters: AuditFilters } | { ok: false; field: 'unit' | 'from' | 'to' };

/** Reads the form: empty fields filter nothing, dates are typed day first (15/11/2023). */
export function readAuditFilters(form: AuditFilterForm): FilterCheck {
  if (form.unit === null && form.unitText) return { ok: false, field: 'unit' };
  const dates: Record<'from' | 'to', IsoDate | null> = { from: null, to: null };
  for (const field of ['from', 'to'] as const) {
    const text = form[field].trim();
    if (!text) continue;
    const date = parseViDate(text);
    if (!date) return { ok: false, field };
    dates[field] = date;
  }
  return {
    ok: true,
    filters: { unit: form.unit, user: form.user.trim() || null, ...dates, action: form.action || null },
  };
}
