import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import { sortRows, type Cell, type ResultTable as Table, type SortDirection } from './flatten';

const MAX_ROWS = 1000;

function CellText({ value, format }: { value: Cell; format: Intl.NumberFormat }) {
  if (value === null) return <span className="muted">—</span>;
  if (typeof value === 'number') return <>{format.format(value)}</>;
  return <>{String(value)}</>;
}

/** The first list of the answer as a table; click a column to sort it (again to reverse). */
export function ResultTable({ table }: { table: Table }) {
  const { t } = useTranslation('analytics');
  const language = useLanguage();
  const [sort, setSort] = useState<{ column: number; direction: SortDirection } | null>(null);
  const format = useMemo(
    () => new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 6 }),
    [language],
  );
  const rows = useMemo(() => (sort ? sortRows(table.rows, sort.column, sort.direction) : table.rows), [table, sort]);
  if (table.rows.length === 0) return <p className="muted gql-note">{t('table.empty', { path: table.path })}</p>;

  return (
    <div className="gql-table-wrap">
      <p className="muted small gql-note">
        {table.path ? t('table.caption', { path: table.path, count: table.rows.length }) : t('table.single')}
        {table.rows.length > MAX_ROWS ? ` ${t('table.truncated', { count: MAX_ROWS })}` : ''}
      </p>
      <div className="gql-table-scroll">
        <table className="data-table gql-table" data-testid="gql-table">
          <thead>
            <tr>
              {table.columns.map((column, index) => {
                const active = sort?.column === index;
                const next: SortDirection = active && sort.direction === 'ascending' ? 'descending' : 'ascending';
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={active ? sort.direction : 'none'}
                    className={column.numeric ? 'num' : undefined}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => setSort({ column: index, direction: next })}
                    >
                      {column.key}
                      <span
                        className={`codicon codicon-${active ? (sort.direction === 'ascending' ? 'arrow-up' : 'arrow-down') : 'blank'}`}
                        aria-hidden="true"
                      />
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, MAX_ROWS).map((row, r) => (
              <tr key={r}>
                {row.map((value, c) => (
                  <td key={c} className={table.columns[c]?.numeric ? 'num' : undefined}>
                    <CellText value={value} format={format} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
