import { formatCount, type Locale } from '@chitieu/shared';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gridKeyOf, moveInGrid } from '../../../lib/grid-navigation';
import { normalizeCountText } from '../../../lib/counts';
import type { TargetDraft, TargetRow, TargetsCheck } from '../targets-model';

/** The children's targets, one editable cell each; with a preview, the proposal beside them. */
export function TargetsGrid({
  rows,
  draft,
  check,
  proposal,
  editable,
  language,
  onChange,
  onOpenUnit,
}: {
  rows: readonly TargetRow[];
  draft: TargetDraft;
  check: TargetsCheck;
  proposal: readonly number[] | null;
  editable: boolean;
  language: Locale;
  onChange(code: string, text: string): void;
  onOpenUnit(row: TargetRow): void;
}) {
  const { t } = useTranslation('targets');
  const count = (n: number | null) => (n === null ? '—' : formatCount(n, language));
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const key = gridKeyOf(event);
    if (!key || key === 'Tab' || key === 'ShiftTab' || target.dataset.row === undefined) return;
    const move = moveInGrid({ row: Number(target.dataset.row), col: 0, anchorCol: null }, key, () => 1, rows.length);
    if (!move || 'leave' in move) return;
    event.preventDefault();
    event.currentTarget.querySelector<HTMLInputElement>(`[data-row="${move.to.row}"]`)?.focus();
  };

  return (
    <div className="table-scroll targets-scroll">
      <table className="data-table targets-grid" data-testid="targets-grid" onKeyDown={onKeyDown}>
        <caption className="visually-hidden">{t('grid.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grid.unit')}</th>
            <th scope="col" className="num">
              {t('grid.population')}
            </th>
            <th scope="col" className="num">
              {t('grid.saved')}
            </th>
            <th scope="col" className="num">
              {t('grid.target')}
            </th>
            {proposal && (
              <th scope="col" className="num">
                {t('grid.proposed')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const problem = check.problems.get(row.code);
            const value = check.values.get(row.code);
            const changed = value !== undefined && value !== row.saved;
            return (
              <tr key={row.code} data-code={row.code} className={changed ? 'changed' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpenUnit(row)}>
                    {row.name}
                  </button>
                </th>
                <td className="num">{count(row.population)}</td>
                <td className="num muted">{count(row.saved)}</td>
                <td className="num target-cell">
                  <input
                    className={problem ? 'input target-input invalid' : 'input target-input'}
                    data-row={index}
                    value={draft[row.code] ?? ''}
                    readOnly={!editable}
                    inputMode="numeric"
                    autoComplete="off"
                    aria-label={t('grid.cellLabel', { name: row.name })}
                    aria-invalid={problem ? true : undefined}
                    title={problem?.[language]}
                    onFocus={(event) => event.currentTarget.select()}
                    onChange={(event) => onChange(row.code, event.target.value)}
                    onBlur={(event) => {
                      const normalized = normalizeCountText(event.target.value, language);
                      if (normalized !== event.target.value) onChange(row.code, normalized);
                    }}
                  />
                  {problem && <div className="cell-problem">{problem[language]}</div>}
                </td>
                {proposal && <td className="num proposed">{count(proposal[index] ?? 0)}</td>}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('grid.total')}</th>
            <td className="num">
              {rows.every((r) => r.population !== null) ? count(sum(rows.map((r) => r.population ?? 0))) : '—'}
            </td>
            <td className="num muted">{count(sum(rows.map((r) => r.saved)))}</td>
            <td className="num" data-testid="grid-total">
              {count(check.allocated)}
            </td>
            {proposal && <td className="num proposed">{count(sum(proposal))}</td>}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
