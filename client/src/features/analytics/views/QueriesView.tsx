import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../../lib/use-debounced';
import { errorText } from '../error-text';
import type { Analytics } from '../feature';
import { QueryHistoryQuery } from '../operations/query-history';
import { SavedQueriesQuery } from '../operations/saved-queries';
import { HistoryList } from './HistoryList';
import { SavedList } from './SavedList';
import { Section } from './Section';

const PAGE = 100;

/** The side bar's queries: yours, shared with you, the example library, and your history. */
export function QueriesView({ a }: { a: Analytics }) {
  const { t } = useTranslation('analytics');
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 200);
  const saved = useQuery(SavedQueriesQuery, { variables: { search: debounced || null, first: PAGE } });
  const history = useQuery(QueryHistoryQuery, { variables: { first: 50 } });
  const nodes = saved.data?.savedQueries.nodes ?? [];
  const mine = nodes.filter((q) => q.mine);
  const shared = nodes.filter((q) => !q.mine && !q.example);
  const examples = nodes.filter((q) => q.example);
  const more = (saved.data?.savedQueries.totalCount ?? 0) - nodes.length;

  return (
    <div className="gql-queries" data-testid="queries-view">
      <input
        className="input gql-queries-search"
        type="search"
        value={search}
        placeholder={t('list.search')}
        aria-label={t('list.search')}
        onChange={(e) => setSearch(e.target.value)}
      />
      {saved.error && !saved.data && (
        <p className="view-error" role="alert">
          {errorText(saved.error)}
        </p>
      )}
      <div className="gql-queries-body">
        <Section id="mine" title={t('list.mine')} count={mine.length}>
          <SavedList a={a} queries={mine} empty={t('list.noMine')} />
        </Section>
        <Section id="shared" title={t('list.shared')} count={shared.length}>
          <SavedList a={a} queries={shared} empty={t('list.noShared')} />
        </Section>
        <Section id="examples" title={t('list.examples')} count={examples.length}>
          <SavedList a={a} queries={examples} empty={t('list.noExamples')} />
        </Section>
        {more > 0 && <p className="gql-list-empty muted">{t('list.more', { count: more })}</p>}
        <Section id="history" title={t('list.history')} count={history.data?.queryHistory.totalCount}>
          <HistoryList a={a} runs={history.data?.queryHistory.nodes ?? []} />
        </Section>
      </div>
    </div>
  );
}
