import { currentLanguage, i18n } from '../../i18n/i18n';
import type { QuickOpenProvider } from '../../workbench/views/contributions';
import { openSavedQuery } from './documents/open-query';
import type { Analytics } from './feature';
import { queryDescription, queryName } from './local-name';
import { SavedQueriesQuery } from './operations/saved-queries';

/** Ctrl+P: saved queries and examples by name or description (after the units). */
export function savedQueryQuickOpen(a: Analytics): QuickOpenProvider {
  return {
    id: 'analytics.savedQueries',
    order: 10,
    async search(query, signal) {
      try {
        const { data } = await a.client.query({
          query: SavedQueriesQuery,
          variables: { search: query, first: 10 },
          fetchPolicy: 'network-only',
          context: { fetchOptions: { signal } },
        });
        const language = currentLanguage();
        const t = i18n.getFixedT(null, 'analytics');
        return (data?.savedQueries.nodes ?? []).map((saved) => ({
          id: `saved-query-${saved.id}`,
          label: queryName(saved, language),
          icon: saved.example ? 'book' : 'file-code',
          description: saved.example
            ? t('list.example')
            : saved.mine
              ? t('list.mineShort')
              : t('list.by', { owner: saved.owner ?? '' }),
          detail: queryDescription(saved, language).slice(0, 140),
          run: ({ side }) => openSavedQuery(a, saved, { side }),
        }));
      } catch {
        // Units still answer when this search fails.
        return [];
      }
    },
  };
}
