import { formatCount, formatDate, type Locale } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../../../workbench/Codicon';
import { CountCell } from './CountCell';
import { formatChange } from '../../../lib/counts';
import type { DraftRow, Message, ReportField, RowCheck } from './report-model';
import type { HamletSheet } from './sheet-rows';

const FIELDS = ['collected', 'activated'] as const;
export const cellId = (code: string, field: string) => `report-${code}-${field}`;

/** A hamlet's row: its name, and for each count the last report, the input and the day's change. */
export function ReportRow({
  index,
  hamlet,
  draft,
  check,
  language,
  problemOf,
  warningOf,
  onChange,
  onLeave,
}: {
  index: number;
  hamlet: HamletSheet;
  draft: DraftRow;
  check: RowCheck;
  language: Locale;
  problemOf(field: ReportField): Message | undefined;
  warningOf(field: 'collected' | 'activated'): Message | undefined;
  onChange(field: keyof DraftRow, text: string): void;
  onLeave(field: ReportField): void;
}) {
  const { t } = useTranslation('tallies');
  const count = (n: number | null | undefined) => (n === null || n === undefined ? '—' : formatCount(n, language));
  const change = (n: number | null) => (n === null ? '' : formatChange(n, language));
  const status = check.dirty ? 'changed' : hamlet.onDate ? 'reported' : 'missing';
  const showReason = check.needsReason || draft.reason.trim() !== '' || problemOf('reason') !== undefined;
  const rowProblem = problemOf('unit');

  return (
    <>
      <tr className={`report-row ${status}`} data-code={hamlet.code}>
        <th scope="row" className="hamlet-cell">
          <span className="hamlet-name">
            <Codicon
              name={
                status === 'reported' ? 'pass-filled' : status === 'changed' ? 'circle-filled' : 'circle-large-outline'
              }
              className={`row-status ${status}`}
            />
            <span>{hamlet.name}</span>
            <span className="visually-hidden">{t(`report.status.${status}`)}</span>
          </span>
          <span className="hamlet-previous muted">
            {hamlet.previous
              ? t('report.previousOn', { date: formatDate(hamlet.previous.date) })
              : t('report.noPrevious')}
          </span>
          {rowProblem && (
            <span className="cell-problem" role="alert">
              {rowProblem[language]}
            </span>
          )}
        </th>
        {FIELDS.map((field, col) => (
          <td key={field} className="count-td">
            <div className="count-group">
              {/* On a phone the column heads are hidden: each box says which count it is. */}
              <label className="count-label" htmlFor={cellId(hamlet.code, field)}>
                {t(`report.short.${field}`)}
              </label>
              <div className="count-previous num muted" aria-hidden="true">
                {count(hamlet.previous?.[field])}
              </div>
              <CountCell
                id={cellId(hamlet.code, field)}
                row={index}
                col={col}
                label={t(`report.cellLabel.${field}`, { name: hamlet.name })}
                value={draft[field]}
                problem={problemOf(field)}
                warning={warningOf(field)}
                language={language}
                onChange={(text) => onChange(field, text)}
                onLeave={() => onLeave(field)}
              />
              <div className="count-change num" title={t('report.changeTitle')}>
                {change(check.change[field])}
              </div>
              <div className="count-sub muted">
                {t('report.previousShort', { count: count(hamlet.previous?.[field]) })}
                {check.change[field] !== null && ` · ${change(check.change[field])}`}
              </div>
            </div>
          </td>
        ))}
      </tr>
      {showReason && (
        <tr className="reason-row">
          <td colSpan={3}>
            <label className="reason-field">
              <span>{t('report.reasonLabel')}</span>
              <input
                id={cellId(hamlet.code, 'reason')}
                className={problemOf('reason') ? 'input invalid' : 'input'}
                data-row={index}
                data-col={2}
                value={draft.reason}
                maxLength={500}
                placeholder={t('report.reasonPlaceholder')}
                aria-invalid={problemOf('reason') ? true : undefined}
                onChange={(event) => onChange('reason', event.target.value)}
                onBlur={() => onLeave('reason')}
              />
            </label>
            {problemOf('reason') && (
              <div className="cell-problem" role="alert">
                {problemOf('reason')?.[language]}
              </div>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
