import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../workbench/WorkbenchContext';
import { UnitPicker } from '../units';
import { ACTION_FILTERS } from './audit-labels';
import { readAuditFilters, type AuditFilterForm, type AuditFilters } from './audit-filters';

/** Filters by unit (and below), user, dates and kind of change; applied with the button or Enter. */
export function AuditFilterBar({
  initialUnit,
  onApply,
}: {
  initialUnit: string | null;
  onApply(filters: AuditFilters): void;
}) {
  const { t } = useTranslation('audit');
  const language = useLanguage();
  const empty: AuditFilterForm = { unit: initialUnit, unitText: false, user: '', from: '', to: '', action: '' };
  const [form, setForm] = useState<AuditFilterForm>(empty);
  const [bad, setBad] = useState<'unit' | 'from' | 'to' | null>(null);
  const set = (patch: Partial<AuditFilterForm>) => setForm((current) => ({ ...current, ...patch }));

  const apply = () => {
    const result = readAuditFilters(form);
    if (!result.ok) return setBad(result.field);
    setBad(null);
    onApply(result.filters);
  };

  return (
    <form
      className="toolbar audit-filters"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <label className="field">
        <span className="field-label">{t('filter.unit')}</span>
        <UnitPicker
          value={form.unit}
          placeholder={t('filter.unitPlaceholder')}
          invalid={bad === 'unit'}
          onChange={(unit) => set({ unit, unitText: unit === null })}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('filter.user')}</span>
        <input
          className="input"
          value={form.user}
          placeholder={t('filter.userPlaceholder')}
          onChange={(event) => set({ user: event.target.value })}
        />
      </label>
      {(['from', 'to'] as const).map((field) => (
        <label key={field} className="field audit-date">
          <span className="field-label">{t(`filter.${field}`)}</span>
          <input
            className={bad === field ? 'input invalid' : 'input'}
            value={form[field]}
            inputMode="numeric"
            placeholder={t('filter.datePlaceholder')}
            aria-invalid={bad === field || undefined}
            onChange={(event) => set({ [field]: event.target.value })}
          />
        </label>
      ))}
      <label className="field">
        <span className="field-label">{t('filter.action')}</span>
        <select className="select" value={form.action} onChange={(event) => set({ action: event.target.value })}>
          <option value="">{t('filter.allActions')}</option>
          {ACTION_FILTERS.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label[language]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button primary">
        {t('filter.apply')}
      </button>
      <button
        type="button"
        className="button secondary"
        onClick={() => {
          setForm({ ...empty, unit: null });
          setBad(null);
          onApply({ unit: null, user: null, from: null, to: null, action: null });
        }}
      >
        {t('filter.clear')}
      </button>
      {bad && (
        <p className="cell-problem" role="alert">
          {t(bad === 'unit' ? 'filter.badUnit' : 'filter.badDate')}
        </p>
      )}
    </form>
  );
}
