import { i18n, currentLanguage, inBothLanguages } from '../../../i18n/i18n';
import { named, type EditorInput } from '../../../workbench/editors/editor-state';
import type { Localized } from '../../../workbench/state/localized';
import { GRAPHQL_EDITOR } from '../constants';
import type { Analytics } from '../feature';
import { queryName } from '../local-name';
import { docFromSaved, type QueryDoc, type SavedInfo } from './query-documents';

let untitled = 0;

/** What a new query tab starts with: a runnable question and the keys, in the user's language. */
export function starterQuery(): string {
  return `${i18n.t('analytics:starter.comment')}\nquery {\n  today\n  me {\n    username\n    scope { code name level }\n  }\n}\n`;
}

/** Opens a new GraphQL tab, empty (the starter) or with a text from the history. */
export function openNewQuery(
  a: Analytics,
  init?: { query: string; variables?: string | null; label?: string | Localized },
): string {
  const id = `new-${Date.now().toString(36)}${(untitled++).toString(36)}`;
  const text = { query: init?.query ?? starterQuery(), variables: init?.variables ?? '' };
  const doc: QueryDoc = {
    id,
    ...text,
    baseline: text,
    saved: null,
    loading: false,
    loadError: null,
    formOpen: false,
    run: { status: 'idle' },
  };
  a.docs.put(doc);
  const label =
    init?.label ??
    inBothLanguages('analytics:editor.untitled', { n: a.docs.all().filter((d) => d.id.startsWith('new-')).length });
  a.wb.editors.open({ typeId: GRAPHQL_EDITOR, id, ...named(label) }, { pinned: true });
  return id;
}

export function savedLabel(saved: Pick<SavedInfo, 'name' | 'description' | 'example'>): string {
  return queryName(saved, currentLanguage());
}

/** A saved query's tab: an example's name follows the language, a user's own is as written. */
export function savedTitle(
  saved: Pick<SavedInfo, 'name' | 'description' | 'example'>,
): Pick<EditorInput, 'label' | 'title'> {
  return named(saved.example ? { vi: queryName(saved, 'vi'), en: queryName(saved, 'en') } : saved.name);
}

/** Opens a saved query (yours, shared with you, an example): the tab already showing it if any. */
export function openSavedQuery(a: Analytics, saved: SavedInfo, options: { side?: boolean } = {}): void {
  const open = a.docs.findSaved(saved.id);
  const id = open?.id ?? `saved-${saved.id}`;
  if (!open) a.docs.put(docFromSaved(id, saved));
  a.wb.editors.open(
    { typeId: GRAPHQL_EDITOR, id, ...savedTitle(saved) },
    { pinned: true, ...(options.side ? { side: true } : {}) },
  );
}
