import type { Locale } from '@chitieu/shared';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gridKeyOf, moveInGrid, type GridCursor } from '../../../lib/grid-navigation';
import type { ReportField } from './report-model';
import { ReportRow } from './ReportRow';
import type { HamletSheet } from './sheet-rows';
import type { ReportDraftState } from './use-report-draft';

/**
 * The hamlets of the commune as a spreadsheet: Tab and Enter move as in a sheet (see
 * grid-navigation.ts), Enter after the last row goes to the save button.
 */
export function ReportGrid({
  rows,
  state,
  language,
  onLeaveGrid,
}: {
  rows: readonly HamletSheet[];
  state: ReportDraftState;
  language: Locale;
  onLeaveGrid(): void;
}) {
  const { t } = useTranslation('tallies');
  const { draft, checks } = state;
  if (!draft) return null;
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const key = gridKeyOf(event);
    if (!key || target.dataset.row === undefined) return;
    const table = event.currentTarget;
    const columnsOf = (row: number) => (table.querySelector(`[data-row="${row}"][data-col="2"]`) ? 3 : 2);
    const cursor: GridCursor = {
      row: Number(target.dataset.row),
      col: Number(target.dataset.col),
      anchorCol: readAnchor(table),
    };
    const move = moveInGrid(cursor, key, columnsOf, rows.length);
    if (!move) return;
    if ('leave' in move) {
      if (key === 'Enter' && move.leave === 'after') {
        event.preventDefault();
        onLeaveGrid();
      }
      return;
    }
    // Leaving a cell normalises it (blur) before the next one takes focus.
    const next = table.querySelector<HTMLInputElement>(`[data-row="${move.to.row}"][data-col="${move.to.col}"]`);
    if (!next) return;
    event.preventDefault();
    table.dataset.anchor = move.to.anchorCol === null ? '' : String(move.to.anchorCol);
    next.focus();
  };

  return (
    <table
      className="report-grid"
      data-testid="report-grid"
      onKeyDown={onKeyDown}
      // A click starts a new run of Tabs: Enter then goes down from where the user clicked.
      onMouseDown={(event) => delete event.currentTarget.dataset.anchor}
    >
      <caption className="visually-hidden">{t('report.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.hamlet')}</th>
          <CountHead label={t('report.collected')} />
          <CountHead label={t('report.activated')} />
        </tr>
      </thead>
      <tbody>
        {rows.map((hamlet, index) => {
          const check = checks[index];
          const row = draft[hamlet.code];
          if (!check || !row) return null;
          return (
            <ReportRow
              key={hamlet.code}
              index={index}
              hamlet={hamlet}
              draft={row}
              check={check}
              language={language}
              problemOf={(field: ReportField) => state.problemOf(hamlet.code, field)}
              warningOf={(field) => state.warningOf(hamlet.code, field)}
              onChange={(field, text) => state.setCell(hamlet.code, field, text)}
              onLeave={(field) => state.touch(hamlet.code, field)}
            />
          );
        })}
      </tbody>
    </table>
  );
}

function readAnchor(table: HTMLElement): number | null {
  const value = table.dataset.anchor;
  return value === undefined || value === '' ? null : Number(value);
}

/** A count's column head: its name over the parts of its cells (the day before, the entry, the change). */
function CountHead({ label }: { label: string }) {
  const { t } = useTranslation('tallies');
  return (
    <th scope="col" className="count-head">
      <span>{label}</span>
      <span className="count-head-parts muted" aria-hidden="true">
        <span>{t('report.previous')}</span>
        <span />
        <span>{t('report.change')}</span>
      </span>
    </th>
  );
}
