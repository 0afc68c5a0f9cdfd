import { addDays, formatDate, type IsoDate } from '@chitieu/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseViDate } from '../../../lib/dates';
import { Codicon } from '../../../workbench/Codicon';
import { reportDateProblem, type ReportDateBounds } from './report-dates';

/**
 * The report date, typed as officials write it (15/11/2023) or stepped a day at a time; dates
 * after today, or further back than the user may go, are refused with the reason.
 */
export function ReportDateField({
  date,
  bounds,
  campaignStart,
  onChange,
}: {
  date: IsoDate;
  bounds: ReportDateBounds;
  campaignStart: IsoDate;
  onChange(date: IsoDate): void;
}) {
  const { t } = useTranslation('tallies');
  const [text, setText] = useState(formatDate(date));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(formatDate(date)), [date]);

  const commit = (value: string) => {
    const parsed = parseViDate(value);
    if (!parsed) return setError(t('date.invalid'));
    const problem = reportDateProblem(parsed, bounds, campaignStart);
    if (problem)
      return setError(
        t(`date.${problem}`, {
          earliest: formatDate(bounds.earliest),
          today: formatDate(bounds.latest),
          start: formatDate(campaignStart),
        }),
      );
    setError(null);
    if (parsed !== date) onChange(parsed);
  };

  return (
    <div className="report-date">
      <label htmlFor={`report-date-${date}`} className="report-date-label">
        {t('date.label')}
      </label>
      <div className="report-date-controls">
        <button
          type="button"
          className="action-item"
          title={t('date.previousDay')}
          aria-label={t('date.previousDay')}
          disabled={date <= bounds.earliest}
          onClick={() => onChange(addDays(date, -1))}
        >
          <Codicon name="chevron-left" />
        </button>
        <input
          id={`report-date-${date}`}
          className={error ? 'input report-date-input invalid' : 'input report-date-input'}
          value={text}
          inputMode="numeric"
          aria-invalid={error ? true : undefined}
          aria-describedby={`report-date-help-${date}`}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => commit(text)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(text);
          }}
        />
        <button
          type="button"
          className="action-item"
          title={t('date.nextDay')}
          aria-label={t('date.nextDay')}
          disabled={date >= bounds.latest}
          onClick={() => onChange(addDays(date, 1))}
        >
          <Codicon name="chevron-right" />
        </button>
        {date !== bounds.latest && (
          <button type="button" className="link-button" onClick={() => onChange(bounds.latest)}>
            {t('date.today')}
          </button>
        )}
      </div>
      <div
        id={`report-date-help-${date}`}
        className={error ? 'cell-problem report-date-help' : 'muted small report-date-help'}
        role={error ? 'alert' : undefined}
      >
        {error ?? t('date.range', { earliest: formatDate(bounds.earliest), today: formatDate(bounds.latest) })}
      </div>
    </div>
  );
}
