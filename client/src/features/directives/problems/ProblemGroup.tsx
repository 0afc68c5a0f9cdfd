import { formatDate, formatRate, type IsoDate, type ProgressState } from '@chitieu/shared';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ProblemLineFieldsFragment } from '../../../gql/graphql';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { StateBadge } from '../../units';
import { NO_FILTER, setLineFilter } from '../lines/line-filter';
import { openDirective } from '../open';
import { ProblemLinesQuery } from '../operations/problem-lines';
import { directiveId } from '../refs';
import type { ListedDirective } from './DirectiveProblems';

const SHOWN = 30;

/** One directive's overdue lines, then its at-risk ones; each opens the directive filtered to it. */
export function ProblemGroup({
  directive: d,
  label,
  asOf,
}: {
  directive: ListedDirective;
  label: string;
  asOf: IsoDate;
}) {
  const wb = useWorkbench();
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const ref = { issuer: d.issuedBy.code, number: d.number };
  const { data } = useQuery(ProblemLinesQuery, {
    variables: { number: d.number, issuer: ref.issuer, asOf, first: SHOWN },
  });
  const show = (state: ProgressState, under: { code: string; name: string } | null) => {
    setLineFilter(directiveId(ref), { ...NO_FILTER, state, under, orderBy: 'WORST_FIRST' });
    openDirective(wb, ref, label, { pinned: true });
  };
  if (!data) return <p className="muted">{label}…</p>;
  const { overdue, atRisk } = data.directive;

  const item = (line: ProblemLineFieldsFragment) => (
    <li key={line.id}>
      <button
        type="button"
        className="dir-problem-line"
        onClick={() => show(line.state, { code: line.unit.code, name: line.unit.name })}
      >
        <StateBadge state={line.state} />
        <span className="dir-problem-assignee">{line.assignee.name}</span>
        <span className="muted">
          {t('task.number', { number: line.task.number })}
          {line.task.deadline ? ` · ${t('task.deadline', { date: formatDate(line.task.deadline) })}` : ''}
          {line.percentDone !== null && line.percentDone !== undefined
            ? ` · ${formatRate(line.percentDone, language)}`
            : ''}
        </span>
      </button>
    </li>
  );
  const more = (state: ProgressState, total: number, shown: number) =>
    total > shown && (
      <li>
        <button type="button" className="link-button" onClick={() => show(state, null)}>
          {t('problems.more', { count: total - shown, state: t(`state.${state}`) })}
        </button>
      </li>
    );

  return (
    <div className="dir-problem-group" data-directive={d.number}>
      <p className="dir-problem-group-title">
        <button type="button" className="link-button" onClick={() => openDirective(wb, ref, label, { pinned: true })}>
          {label}
        </button>
        <span className="muted">
          {' '}
          · {t('problems.counts', { overdue: overdue.totalCount, atRisk: atRisk.totalCount })}
        </span>
      </p>
      <ul className="dir-problem-lines">
        {overdue.nodes.map(item)}
        {more('OVERDUE', overdue.totalCount, overdue.nodes.length)}
        {atRisk.nodes.map(item)}
        {more('AT_RISK', atRisk.totalCount, atRisk.nodes.length)}
      </ul>
    </div>
  );
}
