import { compareStateSeverity, formatCount, formatRate, type IsoDate } from '@chitieu/shared';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { UnitChildrenProgressQuery } from '../operations/unit-children-progress';
import { openUnit } from '../open-unit';
import { RateBadge } from '../RateBadge';
import { StateBadge } from '../StateBadge';
import { CHILD_COLUMNS, sortChildren, type ChildColumn, type ChildRow, type SortDirection } from './children-sort';

const NUMERIC: ReadonlySet<ChildColumn> = new Set([
  'target',
  'collected',
  'collectedRate',
  'activated',
  'activatedRate',
  'remaining',
]);

/** The units directly below, sortable by any column: the article's "who is lowest?" view. */
export function ChildrenTable({ code, campaign, asOf }: { code: string; campaign: string; asOf: IsoDate }) {
  const wb = useWorkbench();
  const { t } = useTranslation('units');
  const language = useLanguage();
  const [sort, setSort] = useState<{ column: ChildColumn; direction: SortDirection }>({
    column: 'activatedRate',
    direction: 'ascending',
  });
  const { data } = useQuery(UnitChildrenProgressQuery, { variables: { code, campaign, asOf } });
  const children = useMemo(() => data?.unit.children ?? [], [data]);
  const states = useMemo(() => new Map(children.map((c) => [c.code, c.progress?.state])), [children]);
  const rows = useMemo(() => {
    const list: ChildRow[] = children.map(({ code, name, progress }) => ({
      code,
      name,
      target: progress?.target ?? null,
      collected: progress?.collected ?? null,
      activated: progress?.activated ?? null,
      collectedRate: progress?.collectedRate ?? null,
      activatedRate: progress?.activatedRate ?? null,
      remaining: progress?.activation.remaining ?? null,
      stateRank: progress ? compareStateSeverity(progress.state, 'DONE') : null,
    }));
    return sortChildren(list, sort.column, sort.direction);
  }, [children, sort]);

  if (!data) return <p className="muted">{t('editor.loading')}</p>;
  if (rows.length === 0) return <p className="muted">{t('children.none')}</p>;

  const header = (column: ChildColumn) => {
    const active = sort.column === column;
    const next: SortDirection = active && sort.direction === 'ascending' ? 'descending' : 'ascending';
    return (
      <th
        key={column}
        scope="col"
        aria-sort={active ? sort.direction : 'none'}
        className={NUMERIC.has(column) ? 'num' : undefined}
      >
        <button type="button" className="sort-button" onClick={() => setSort({ column, direction: next })}>
          {t(`children.${column}`)}
          <span
            className={`codicon codicon-${active ? (sort.direction === 'ascending' ? 'arrow-up' : 'arrow-down') : 'blank'}`}
            aria-hidden="true"
          />
        </button>
      </th>
    );
  };
  const count = (n: number | null) => (n === null ? '—' : formatCount(n, language));

  return (
    <div className="table-scroll">
      <table className="data-table children-table" data-testid="children-table">
        <caption className="visually-hidden">{t('children.caption')}</caption>
        <thead>
          <tr>{CHILD_COLUMNS.map(header)}</tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const state = states.get(row.code);
            return (
              <tr key={row.code} data-code={row.code}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => openUnit(wb, row, { pinned: false })}
                    onDoubleClick={() => openUnit(wb, row, { pinned: true })}
                  >
                    {row.name}
                  </button>
                </th>
                <td className="num">{count(row.target)}</td>
                <td className="num">{count(row.collected)}</td>
                <td className="num">{formatRate(row.collectedRate, language)}</td>
                <td className="num">{count(row.activated)}</td>
                <td className="num">
                  <RateBadge rate={row.activatedRate} />
                </td>
                <td className="num">{count(row.remaining)}</td>
                <td>{state && <StateBadge state={state} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
