import { useQuery } from '@apollo/client/react';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { useCampaign } from '../../campaigns';
import { TaskLinesQuery } from '../operations/task-lines';
import type { DirectiveRef } from '../refs';
import { LineDetail } from './LineDetail';
import { isFiltered, lineVariables, setLineFilter, useLineFilter } from './line-filter';
import { LINE_COLUMNS, sortLines, type LineColumn } from './line-sort';
import { LineRow } from './LineRow';
import type { TaskSummary } from './TaskSection';

const PAGE = 20;
const NUMERIC: ReadonlySet<LineColumn> = new Set(['collectedRate', 'activatedRate', 'percentDone']);

/** A task's lines (filtered by the server), sortable by column, each one a click from its unit. */
export function LinesTable({
  directiveRef,
  filterKey,
  task,
}: {
  directiveRef: DirectiveRef;
  filterKey: string;
  task: TaskSummary;
}) {
  const { t } = useTranslation('directives');
  const { asOf } = useCampaign();
  const filter = useLineFilter(filterKey);
  const [expanded, setExpanded] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const { data, error } = useQuery(TaskLinesQuery, {
    variables: {
      number: directiveRef.number,
      issuer: directiveRef.issuer,
      task: task.number,
      asOf,
      ...lineVariables(filter),
    },
    skip: !asOf,
  });
  const lines = useMemo<LineFieldsFragment[]>(() => {
    const all = data?.directive.task?.assignments ?? [];
    return filter.sort ? sortLines(all, filter.sort.column, filter.sort.direction) : all;
  }, [data, filter.sort]);

  if (error && !data)
    return (
      <p className="view-error" role="alert">
        {t('lines.error', { message: errorMessage(error) })}
      </p>
    );
  if (!data) return <p className="muted">{t('lines.loading')}</p>;
  if (lines.length === 0)
    return <p className="muted dir-lines-none">{t(isFiltered(filter) ? 'lines.noMatch' : 'lines.none')}</p>;

  const header = (column: LineColumn) => {
    const active = filter.sort?.column === column;
    const direction = active && filter.sort?.direction === 'ascending' ? 'descending' : 'ascending';
    return (
      <th
        key={column}
        scope="col"
        aria-sort={active ? filter.sort?.direction : 'none'}
        className={NUMERIC.has(column) ? 'num' : undefined}
      >
        <button
          type="button"
          className="sort-button"
          onClick={() => setLineFilter(filterKey, { sort: { column, direction } })}
        >
          {t(`lines.columns.${column}`)}
          <span
            className={`codicon codicon-${active ? (filter.sort?.direction === 'ascending' ? 'arrow-up' : 'arrow-down') : 'blank'}`}
            aria-hidden="true"
          />
        </button>
      </th>
    );
  };
  const [assignee, collected, activated, percent, state] = LINE_COLUMNS.map(header);

  return (
    <div className="dir-lines">
      <table className="data-table dir-lines-table" data-testid={`lines-${task.number}`}>
        <caption className="visually-hidden">{t('lines.caption', { number: task.number })}</caption>
        <thead>
          <tr>
            {assignee}
            <th scope="col">{t('lines.columns.deadline')}</th>
            {task.linkedToTarget ? (
              <>
                {collected}
                {activated}
                <th scope="col">{t('lines.columns.pace')}</th>
              </>
            ) : (
              <th scope="col">{t('lines.columns.latestUpdate')}</th>
            )}
            {percent}
            {state}
            <th scope="col">
              <span className="visually-hidden">{t('lines.columns.details')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.slice(0, limit).map((line) => (
            <Fragment key={line.id}>
              <LineRow
                line={line}
                task={task}
                expanded={expanded === line.id}
                onToggle={() => setExpanded(expanded === line.id ? null : line.id)}
              />
              {expanded === line.id && (
                <tr className="dir-line-detail-row">
                  <td colSpan={task.linkedToTarget ? 8 : 6}>
                    <LineDetail directiveRef={directiveRef} task={task} line={line} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {lines.length > limit && (
        <button type="button" className="link-button dir-lines-more" onClick={() => setLimit(lines.length)}>
          {t('lines.showAll', { count: lines.length })}
        </button>
      )}
    </div>
  );
}
