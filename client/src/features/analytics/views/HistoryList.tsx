import { formatCount, formatDateTime } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import { inBothLanguages } from '../../../i18n/i18n';
import { Codicon } from '../../../workbench/Codicon';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import type { QueryHistoryQuery } from '../../../gql/graphql';
import { openNewQuery } from '../documents/open-query';
import type { Analytics } from '../feature';

type Run = QueryHistoryQuery['queryHistory']['nodes'][number];

/** The first words of a query that are not a comment: what a history entry is called without a name. */
export function summary(query: string): string {
  const text = query
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** What you ran, newest first; click opens it again in a new tab. */
export function HistoryList({ a, runs }: { a: Analytics; runs: readonly Run[] }) {
  const { t } = useTranslation('analytics');
  const language = useLanguage();
  if (runs.length === 0) return <p className="gql-list-empty muted">{t('list.noHistory')}</p>;
  return (
    <ul className="gql-list" role="list">
      {runs.map((run) => {
        const label = run.operationName ?? summary(run.query);
        return (
          <li key={run.id} className="gql-list-item" data-testid="history-entry">
            <button
              type="button"
              className="gql-list-open"
              title={run.query}
              onClick={() =>
                openNewQuery(a, {
                  query: run.query,
                  variables: run.variables,
                  label: run.operationName ?? inBothLanguages('analytics:editor.fromHistory'),
                })
              }
            >
              <Codicon name={run.errorCount > 0 ? 'error' : 'history'} />
              <span className="gql-list-text">
                <span className="gql-list-name">{label}</span>
                <span className="gql-list-detail muted">
                  {formatDateTime(run.ranAt, { seconds: false })} · {formatCount(Math.round(run.durationMs), language)}{' '}
                  ms
                  {run.errorCount > 0 ? ` · ${t('list.errors', { count: run.errorCount })}` : ''}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
