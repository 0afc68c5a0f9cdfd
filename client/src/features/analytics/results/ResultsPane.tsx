import { formatCount } from '@chitieu/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../../../workbench/Codicon';
import { formatKeybinding } from '../../../workbench/commands/keys';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import type { RunState } from '../documents/query-documents';
import { CommandButton } from '../editor/CommandButton';
import { ErrorList } from './ErrorList';
import { resultToJson } from './export-files';
import { flattenResult } from './flatten';
import { ResultChart } from './ResultChart';
import { ResultJson } from './ResultJson';
import { ResultTable } from './ResultTable';

const VIEWS = ['table', 'json', 'chart'] as const;
type View = (typeof VIEWS)[number];

/** The answer of the last run: as a table, as JSON or as a chart, with its errors and exports. */
export function ResultsPane({ docId, run }: { docId: string; run: RunState }) {
  const { t } = useTranslation('analytics');
  const language = useLanguage();
  const [view, setView] = useState<View>('table');
  const result = run.status === 'done' ? run.result : null;
  const table = useMemo(() => (result ? flattenResult(result.data) : null), [result]);
  const json = useMemo(() => (result ? resultToJson(result.data, result.errors) : ''), [result]);

  let body;
  if (run.status === 'idle')
    body = <p className="muted gql-note">{t('results.idle', { key: formatKeybinding('$mod+Enter') })}</p>;
  else if (run.status === 'running')
    body = (
      <p className="muted gql-note">
        <Codicon name="loading" spin /> {t('results.running')}
      </p>
    );
  else if (run.status === 'failed')
    body = (
      <p className="view-error" role="alert">
        {run.message}
      </p>
    );
  else if (result?.rawText !== undefined)
    body = (
      <p className="view-error" role="alert">
        {t('results.notGraphql', { status: result.status, text: result.rawText })}
      </p>
    );
  else if (result) {
    body = (
      <>
        <ErrorList errors={result.errors} status={result.status} />
        {result.data !== null &&
          view === 'table' &&
          (table ? <ResultTable table={table} /> : <p className="muted gql-note">{t('table.none')}</p>)}
        {result.data !== null &&
          view === 'chart' &&
          (table ? <ResultChart table={table} /> : <p className="muted gql-note">{t('table.none')}</p>)}
        {view === 'json' && <ResultJson docId={docId} text={json} />}
      </>
    );
  }

  return (
    <section className="gql-results" aria-label={t('results.label')} data-testid="gql-results">
      <header className="gql-results-header">
        <div role="tablist" aria-label={t('results.views')} className="gql-views">
          {VIEWS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={view === id}
              className={`panel-tab${view === id ? ' active' : ''}`}
              onClick={() => setView(id)}
            >
              {t(`results.view.${id}`)}
            </button>
          ))}
        </div>
        {result && (
          <span className="muted small gql-status" data-testid="gql-status">
            {t('results.status', { status: result.status, ms: formatCount(result.durationMs, language) })}
            {table && table.path ? ` · ${t('results.rows', { count: table.rows.length })}` : ''}
          </span>
        )}
        <div className="gql-actions">
          <CommandButton id="analytics.exportCsv" label="CSV" />
          <CommandButton id="analytics.exportJson" label="JSON" />
        </div>
      </header>
      <div className={`gql-results-body${view === 'json' ? ' fill' : ''}`}>{body}</div>
    </section>
  );
}
