import { useTranslation } from 'react-i18next';
import { Codicon } from '../../../workbench/Codicon';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import { openSavedQuery } from '../documents/open-query';
import type { SavedInfo } from '../documents/query-documents';
import { copySaved, deleteSaved } from '../documents/saved-actions';
import type { Analytics } from '../feature';
import { queryDescription, queryName } from '../local-name';

/** Saved queries of one kind: click opens; yours can be deleted, others' copied. */
export function SavedList({ a, queries, empty }: { a: Analytics; queries: readonly SavedInfo[]; empty: string }) {
  const { t } = useTranslation('analytics');
  const language = useLanguage();
  if (queries.length === 0) return <p className="gql-list-empty muted">{empty}</p>;
  return (
    <ul className="gql-list" role="list">
      {queries.map((query) => {
        const name = queryName(query, language);
        const detail = query.example
          ? t('list.example')
          : query.mine
            ? query.shared
              ? t('list.sharedWith', { unit: query.sharedWith?.name ?? '' })
              : t('list.private')
            : t('list.by', { owner: query.owner ?? '' });
        return (
          <li key={query.id} className="gql-list-item" data-testid="saved-query" data-id={query.id}>
            <button
              type="button"
              className="gql-list-open"
              title={queryDescription(query, language) || name}
              onClick={() => openSavedQuery(a, query)}
            >
              <Codicon name={query.example ? 'book' : query.shared ? 'globe' : 'lock'} />
              <span className="gql-list-text">
                <span className="gql-list-name">{name}</span>
                <span className="gql-list-detail muted">{detail}</span>
              </span>
            </button>
            {query.mine ? (
              <button
                type="button"
                className="action-item gql-list-action"
                title={t('list.delete', { name })}
                aria-label={t('list.delete', { name })}
                onClick={() => void deleteSaved(a, query)}
              >
                <Codicon name="trash" />
              </button>
            ) : (
              <button
                type="button"
                className="action-item gql-list-action"
                title={t('list.copy', { name })}
                aria-label={t('list.copy', { name })}
                onClick={() => void copySaved(a, query)}
              >
                <Codicon name="copy" />
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
