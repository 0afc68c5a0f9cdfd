import { useEffect } from 'react';
import { i18n } from '../../../i18n/i18n';
import { useStore } from '../../../workbench/state/store';
import { docFromSaved, type QueryDoc } from '../documents/query-documents';
import { errorText } from '../error-text';
import type { Analytics } from '../feature';
import { SavedQueryQuery } from '../operations/saved-query';
import { starterQuery } from '../documents/open-query';

function blank(id: string, text: { query: string; variables: string }): QueryDoc {
  return {
    id,
    ...text,
    baseline: text,
    saved: null,
    loading: false,
    loadError: null,
    formOpen: false,
    run: { status: 'idle' },
  };
}

/**
 * The document of a tab, made when the tab came back after a reload: a saved query is fetched
 * again (it may have changed, or been unshared); a new one comes from the browser's draft.
 */
export function useDocument(a: Analytics, id: string): QueryDoc | undefined {
  const doc = useStore(a.docs.store, (docs) => docs.get(id));
  const missing = doc === undefined;

  useEffect(() => {
    if (!missing || a.docs.get(id)) return;
    const draft = a.docs.draft(id);
    const savedId = id.startsWith('saved-') ? id.slice('saved-'.length) : (draft?.savedId ?? null);
    if (!savedId) {
      a.docs.put(
        blank(
          id,
          draft ? { query: draft.query, variables: draft.variables } : { query: starterQuery(), variables: '' },
        ),
      );
      return;
    }
    a.docs.put({ ...blank(id, { query: draft?.query ?? '', variables: draft?.variables ?? '' }), loading: true });
    a.client
      .query({ query: SavedQueryQuery, variables: { id: savedId }, fetchPolicy: 'network-only' })
      .then(({ data, error }) => {
        if (!data) throw error ?? new Error('No data');
        const fresh = docFromSaved(id, data.savedQuery);
        // A new query's unsaved edits (kept in the draft) stay on top of what the server has.
        a.docs.put(draft ? { ...fresh, query: draft.query, variables: draft.variables } : fresh);
      })
      .catch((error: unknown) =>
        a.docs.update(id, {
          loading: false,
          loadError: i18n.t('analytics:editor.loadFailed', { message: errorText(error) }),
        }),
      );
  }, [a, id, missing]);

  return doc;
}
