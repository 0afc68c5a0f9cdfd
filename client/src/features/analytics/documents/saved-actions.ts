import { SAVED_QUERY_LIMITS } from '@chitieu/shared';
import { currentLanguage, i18n } from '../../../i18n/i18n';
import { editorKey } from '../../../workbench/editors/editor-state';
import { GRAPHQL_EDITOR } from '../constants';
import { errorText } from '../error-text';
import type { Analytics } from '../feature';
import { queryName } from '../local-name';
import { CopySavedQueryMutation } from '../operations/copy-saved-query';
import { DeleteSavedQueryMutation } from '../operations/delete-saved-query';
import { SaveQueryMutation } from '../operations/save-query';
import { SavedQueriesQuery } from '../operations/saved-queries';
import { UpdateSavedQueryMutation } from '../operations/update-saved-query';
import { openSavedQuery, savedLabel, savedTitle } from './open-query';
import type { SavedInfo } from './query-documents';

export interface QueryInfo {
  name: string;
  description: string;
  shared: boolean;
}

const refreshList = (a: Analytics) => a.client.refetchQueries({ include: [SavedQueriesQuery] });

/** The saved version of a document is now this one: the tab is clean and carries its name. */
function adopt(a: Analytics, docId: string, saved: SavedInfo): void {
  a.docs.update(docId, { saved, baseline: { query: saved.query, variables: saved.variables ?? '' }, formOpen: false });
  a.wb.editors.update(editorKey({ typeId: GRAPHQL_EDITOR, id: docId }), { title: undefined, ...savedTitle(saved) });
}

/** Ctrl+S: your saved query takes the text; a new one asks for a name first; others' cannot change. */
export async function saveDoc(a: Analytics, docId: string): Promise<void> {
  const doc = a.docs.get(docId);
  if (!doc) return;
  if (!doc.saved) {
    a.docs.update(docId, { formOpen: true });
    return;
  }
  if (doc.saved.readOnly) {
    a.wb.notifications.info(i18n.t('analytics:save.readOnly'));
    return;
  }
  try {
    const { data } = await a.client.mutate({
      mutation: UpdateSavedQueryMutation,
      variables: { id: doc.saved.id, input: { query: doc.query, variables: doc.variables } },
    });
    if (data) adopt(a, docId, data.updateSavedQuery);
  } catch (error) {
    a.wb.notifications.error(i18n.t('analytics:save.failed'), errorText(error));
  }
}

/** The form above the editor: saves a new query, or changes your query's name, description, sharing. */
export async function submitInfo(a: Analytics, docId: string, info: QueryInfo): Promise<boolean> {
  const doc = a.docs.get(docId);
  if (!doc) return false;
  const fields = {
    name: info.name.trim(),
    description: info.description,
    shared: info.shared,
    query: doc.query,
    variables: doc.variables,
  };
  try {
    if (doc.saved && !doc.saved.readOnly) {
      const { data } = await a.client.mutate({
        mutation: UpdateSavedQueryMutation,
        variables: { id: doc.saved.id, input: fields },
      });
      if (data) adopt(a, docId, data.updateSavedQuery);
    } else {
      const { data } = await a.client.mutate({ mutation: SaveQueryMutation, variables: { input: fields } });
      if (data) adopt(a, docId, data.saveQuery);
    }
    await refreshList(a);
    a.wb.notifications.info(
      i18n.t(info.shared ? 'analytics:save.doneShared' : 'analytics:save.done', { name: fields.name }),
    );
    return true;
  } catch (error) {
    a.wb.notifications.error(i18n.t('analytics:save.failed'), errorText(error));
    return false;
  }
}

/** Someone else's shared query or an example becomes your own private copy, opened beside. */
export async function copySaved(a: Analytics, saved: SavedInfo): Promise<void> {
  try {
    // The copy is named in the user's language (an example's name carries both).
    const name = i18n
      .t('analytics:copy.name', { name: queryName(saved, currentLanguage()) })
      .slice(0, SAVED_QUERY_LIMITS.name);
    const { data } = await a.client.mutate({ mutation: CopySavedQueryMutation, variables: { id: saved.id, name } });
    if (!data) return;
    await refreshList(a);
    openSavedQuery(a, data.copySavedQuery);
    a.wb.notifications.info(i18n.t('analytics:copy.done', { name: savedLabel(data.copySavedQuery) }));
  } catch (error) {
    a.wb.notifications.error(i18n.t('analytics:copy.failed'), errorText(error));
  }
}

/** Deletes one of your saved queries after asking; an open tab keeps its text as a new query. */
export async function deleteSaved(a: Analytics, saved: SavedInfo): Promise<void> {
  const name = queryName(saved, currentLanguage());
  const answer = await a.wb.dialogs.ask(
    i18n.t('analytics:delete.question', { name }),
    [
      { id: 'delete', label: i18n.t('analytics:delete.confirm') },
      { id: 'cancel', label: i18n.t('analytics:delete.cancel'), primary: true },
    ],
    'cancel',
    i18n.t('analytics:delete.detail'),
  );
  if (answer !== 'delete') return;
  try {
    await a.client.mutate({ mutation: DeleteSavedQueryMutation, variables: { id: saved.id } });
    for (const doc of a.docs.all().filter((d) => d.saved?.id === saved.id)) {
      a.docs.update(doc.id, { saved: null, baseline: { query: '', variables: '' } });
    }
    await refreshList(a);
  } catch (error) {
    a.wb.notifications.error(i18n.t('analytics:delete.failed'), errorText(error));
  }
}
