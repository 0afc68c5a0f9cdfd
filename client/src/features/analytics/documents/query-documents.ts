import type { SavedQueryFieldsFragment } from '../../../gql/graphql';
import { createStore, type Store } from '../../../workbench/state/store';
import { readJson, writeJson } from '../../../workbench/state/storage';
import type { RunResult } from '../run/run-query';

export type SavedInfo = SavedQueryFieldsFragment;

export type RunState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: RunResult }
  /** The request did not reach an answer (network down) or the variables were not JSON. */
  | { status: 'failed'; message: string };

/** One GraphQL tab's document: its text and variables, what it was saved as, its last run. */
export interface QueryDoc {
  /** The tab's input id: "new-…" for a query not saved yet, "saved-<id>" for one opened from the list. */
  id: string;
  query: string;
  variables: string;
  /** The text as last saved (or as opened): the tab is dirty when it differs. */
  baseline: { query: string; variables: string };
  saved: SavedInfo | null;
  /** The saved query is being fetched (a tab restored after a reload). */
  loading: boolean;
  loadError: string | null;
  /** The name / description / sharing form is open above the editor. */
  formOpen: boolean;
  run: RunState;
}

interface Draft {
  query: string;
  variables: string;
  savedId: string | null;
}

export function isDirty(doc: QueryDoc): boolean {
  return !doc.loading && (doc.query !== doc.baseline.query || doc.variables !== doc.baseline.variables);
}

export function docFromSaved(id: string, saved: SavedInfo): QueryDoc {
  const text = { query: saved.query, variables: saved.variables ?? '' };
  return {
    id,
    ...text,
    baseline: text,
    saved,
    loading: false,
    loadError: null,
    formOpen: false,
    run: { status: 'idle' },
  };
}

/**
 * The open GraphQL documents of one user's workbench. Queries not saved on the server are kept in
 * the browser too (text, variables, which saved query they became), so a reload brings them back.
 */
export class QueryDocuments {
  readonly store: Store<ReadonlyMap<string, QueryDoc>> = createStore<ReadonlyMap<string, QueryDoc>>(new Map());
  private readonly storageKey: string;
  private drafts: Record<string, Draft>;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(profile: string) {
    this.storageKey = `chitieu.analytics.drafts.${profile}`;
    this.drafts = readJson<Record<string, Draft>>(this.storageKey, {});
  }

  get(id: string): QueryDoc | undefined {
    return this.store.get().get(id);
  }

  all(): QueryDoc[] {
    return [...this.store.get().values()];
  }

  /** What the browser kept of a query that is not (only) on the server. */
  draft(id: string): Draft | undefined {
    return this.drafts[id];
  }

  put(doc: QueryDoc): void {
    this.store.set((docs) => new Map(docs).set(doc.id, doc));
    this.keepDraft(doc);
  }

  update(id: string, patch: Partial<QueryDoc> | ((doc: QueryDoc) => Partial<QueryDoc>)): void {
    const doc = this.get(id);
    if (!doc) return;
    const next = { ...doc, ...(typeof patch === 'function' ? patch(doc) : patch) };
    this.store.set((docs) => new Map(docs).set(id, next));
    this.keepDraft(next);
  }

  /** The tab closed: forget the document and its draft. */
  remove(id: string): void {
    if (!this.store.get().has(id) && !this.drafts[id]) return;
    this.store.set((docs) => {
      const next = new Map(docs);
      next.delete(id);
      return next;
    });
    delete this.drafts[id];
    this.flush();
  }

  /** Forgets the drafts of tabs that did not come back (unsaved ones are not restored). */
  keepDrafts(openIds: ReadonlySet<string>): void {
    const before = Object.keys(this.drafts).length;
    this.drafts = Object.fromEntries(Object.entries(this.drafts).filter(([id]) => openIds.has(id)));
    if (Object.keys(this.drafts).length !== before) this.flush();
  }

  /** The open document showing this saved query, if any. */
  findSaved(savedId: string): QueryDoc | undefined {
    return this.all().find((doc) => doc.saved?.id === savedId);
  }

  private keepDraft(doc: QueryDoc): void {
    if (!doc.id.startsWith('new-') || doc.loading) return;
    this.drafts[doc.id] = { query: doc.query, variables: doc.variables, savedId: doc.saved?.id ?? null };
    if (this.timer === null) this.timer = setTimeout(() => this.flush(), 500);
  }

  private flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    writeJson(this.storageKey, this.drafts);
  }
}
