import type { ApolloClient } from '@apollo/client';
import { isLeaf } from '@chitieu/shared';
import { campaignStore } from '../../campaigns';
import { errorMessage } from '../../../lib/errors';
import { refreshTick } from '../../../lib/refresh';
import { levelBelowUnit } from '../../../lib/tree-shape';
import { createStore, type Store } from '../../../workbench/state/store';
import { UnitAncestorsQuery } from '../operations/unit-ancestors';
import { UnitTreeChildrenQuery } from '../operations/unit-tree-children';
import { UnitTreeFiguresQuery } from '../operations/unit-tree-figures';
import { UnitTreeRootQuery } from '../operations/unit-tree-root';
import { FIGURE_WINDOW, figuresInline, levelPositions, windowsOf } from './figure-windows';
import type { TreeData, TreeNode, TreeRow } from './tree-model';

export interface ExplorerState extends TreeData {
  selected: string | null;
  filter: string;
  error: string | null;
}

interface UnitRow {
  code: string;
  name: string;
  level: TreeNode['level'];
  childCount?: number | null;
  progress?: { activatedRate: number | null } | null;
}

/** A row of the tree; without `progress` in the answer (a long level), its figure is still to be read. */
const toNode = (unit: UnitRow): TreeNode => ({
  code: unit.code,
  name: unit.name,
  level: unit.level,
  childCount: unit.childCount ?? 0,
  activatedRate: unit.progress === undefined ? undefined : (unit.progress?.activatedRate ?? null),
});

/**
 * The explorer tree as data: the user's scope unit at the root, children loaded when a row is
 * expanded, reloaded for a new as-of date and on every refresh.
 */
export class ExplorerModel {
  readonly store: Store<ExplorerState>;
  /** Long levels (read without figures) and the windows of figures asked since each was read. */
  private readonly windows = new Map<string, Set<number>>();

  constructor(
    private readonly client: ApolloClient,
    private readonly rootCode: string,
  ) {
    this.store = createStore<ExplorerState>({
      root: null,
      children: new Map(),
      expanded: new Set([rootCode]),
      loading: new Set(),
      selected: rootCode,
      filter: '',
      error: null,
    });
  }

  /** Loads the tree and follows as-of changes and refreshes; returns a stop function. */
  start(): () => void {
    let asOf = campaignStore.get().chosenAsOf ?? campaignStore.get().today;
    let campaign = campaignStore.get().campaign?.code;
    void this.reload(false);
    const offCampaign = campaignStore.subscribe(() => {
      const state = campaignStore.get();
      const nextAsOf = state.chosenAsOf ?? state.today;
      if (nextAsOf === asOf && state.campaign?.code === campaign) return;
      asOf = nextAsOf;
      campaign = state.campaign?.code;
      void this.reload(false);
    });
    const offRefresh = refreshTick.subscribe(() => void this.reload(true));
    return () => {
      offCampaign();
      offRefresh();
    };
  }

  get state(): ExplorerState {
    return this.store.get();
  }

  select(code: string): void {
    this.revealing = null;
    this.store.set((s) => ({ ...s, selected: code }));
  }

  /** The unit the last reveal was asked for: a later one wins over one still loading. */
  private revealing: string | null = null;

  /**
   * Expands the rows above a unit, loading them as needed, and selects it (VS Code's reveal of the
   * active editor). A unit outside the tree (above the user's scope) is left alone.
   */
  async reveal(code: string): Promise<void> {
    this.revealing = code;
    if (code !== this.rootCode) {
      try {
        const { data } = await this.client.query({ query: UnitAncestorsQuery, variables: { code } });
        const path = (data?.unit.ancestors ?? []).map((unit) => unit.code);
        const start = path.indexOf(this.rootCode);
        if (start < 0) return;
        for (const above of path.slice(start)) {
          if (this.revealing !== code) return;
          if (!this.state.expanded.has(above) || !this.state.children.has(above)) await this.expand(above);
        }
      } catch {
        return; // the editor says what went wrong; the tree stays as it was
      }
    }
    if (this.revealing === code) this.select(code);
  }

  setFilter(filter: string): void {
    this.store.set((s) => ({ ...s, filter }));
  }

  async toggle(code: string): Promise<void> {
    if (this.state.expanded.has(code)) this.collapse(code);
    else await this.expand(code);
  }

  collapse(code: string): void {
    this.store.set((s) => ({ ...s, expanded: without(s.expanded, code) }));
  }

  collapseAll(): void {
    this.store.set((s) => ({ ...s, expanded: new Set([this.rootCode]) }));
  }

  async expand(code: string): Promise<void> {
    this.store.set((s) => ({ ...s, expanded: new Set(s.expanded).add(code) }));
    if (!this.state.children.has(code)) await this.loadChildren(code);
  }

  /** Expands a unit and everything below it down to the communes, so every hamlet shows. */
  async expandAll(code: string): Promise<void> {
    await this.expand(code);
    const kids = (this.state.children.get(code) ?? []).filter((kid) => kid.childCount > 0 && !isLeaf(kid.level));
    await Promise.all(kids.map((kid) => this.expandAll(kid.code)));
  }

  /**
   * Reads the figures of the rows on screen that belong to long levels, a window of
   * FIGURE_WINDOW rows at a time, each window once per reading of its level.
   */
  showFigures(rows: readonly TreeRow[]): void {
    const positions = levelPositions(
      rows,
      (code) => this.windows.has(code),
      (code) => this.state.children.get(code),
    );
    for (const [parent, wanted] of positions) {
      const asked = this.windows.get(parent)!;
      for (const window of windowsOf(wanted)) {
        if (asked.has(window)) continue;
        asked.add(window);
        void this.loadFigures(parent, asked, window);
      }
    }
  }

  private async loadFigures(code: string, asked: Set<number>, window: number): Promise<void> {
    const vars = this.variables();
    if (!vars) return;
    try {
      const { data, error } = await this.client.query({
        query: UnitTreeFiguresQuery,
        variables: { code, ...vars, first: FIGURE_WINDOW, offset: window * FIGURE_WINDOW },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw error ?? new Error('No data');
      if (this.windows.get(code) !== asked) return; // the level was read again meanwhile: its own windows follow
      const rates = new Map((data.unit.children ?? []).map((kid) => [kid.code, kid.progress?.activatedRate ?? null]));
      this.store.set((s) => {
        const kids = s.children.get(code);
        if (!kids) return s;
        const next = kids.slice();
        const end = Math.min(next.length, (window + 1) * FIGURE_WINDOW);
        for (let i = window * FIGURE_WINDOW; i < end; i++) {
          const kid = next[i]!;
          if (rates.has(kid.code)) next[i] = { ...kid, activatedRate: rates.get(kid.code) };
        }
        return { ...s, children: new Map(s.children).set(code, next) };
      });
    } catch (error) {
      asked.delete(window); // asked again when its rows are next drawn
      this.store.set((s) => ({ ...s, error: errorMessage(error) }));
    }
  }

  /** A unit of the loaded tree, by code. */
  private nodeOf(code: string): TreeNode | undefined {
    if (this.state.root?.code === code) return this.state.root;
    for (const kids of this.state.children.values()) {
      const node = kids.find((kid) => kid.code === code);
      if (node) return node;
    }
    return undefined;
  }

  private variables() {
    const state = campaignStore.get();
    const campaign = state.campaign?.code;
    return campaign ? { campaign, asOf: state.chosenAsOf ?? state.today } : null;
  }

  private async reload(network: boolean): Promise<void> {
    const vars = this.variables();
    if (!vars) return;
    try {
      const { data, error } = await this.client.query({
        query: UnitTreeRootQuery,
        variables: { code: this.rootCode, ...vars },
        fetchPolicy: network ? 'network-only' : 'cache-first',
      });
      if (!data) throw error ?? new Error('No data');
      this.store.set((s) => ({ ...s, root: toNode(data.unit), error: null }));
      const loaded = [...this.state.children.keys()];
      const wanted = new Set([...loaded, ...this.state.expanded]);
      await Promise.all([...wanted].map((code) => this.loadChildren(code)));
    } catch (error) {
      this.store.set((s) => ({ ...s, error: errorMessage(error) }));
    }
  }

  private async loadChildren(code: string): Promise<void> {
    const vars = this.variables();
    if (!vars) return;
    this.store.set((s) => ({ ...s, loading: new Set(s.loading).add(code) }));
    try {
      // Not through Apollo's normalised cache: the tree keeps its levels itself, and writing then
      // reading back a level of 10,000 units there costs seconds. The server keeps answers it gave
      // until the data changes, so asking again is cheap.
      // A long level comes without figures: showFigures() reads those of the rows on screen.
      const parent = this.nodeOf(code);
      const figures = figuresInline(parent?.childCount);
      const below = parent === undefined ? null : levelBelowUnit(parent);
      const hamlets = below !== null && isLeaf(below);
      const { data, error } = await this.client.query({
        query: UnitTreeChildrenQuery,
        variables: { code, ...vars, figures, hamlets },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw error ?? new Error('No data');
      let kids = (data.unit.children ?? []).map(toNode);
      if (figures) this.windows.delete(code);
      else {
        // Read again (a refresh, another date): rows keep the figures they showed until their window's new ones come.
        const shown = new Map((this.state.children.get(code) ?? []).map((kid) => [kid.code, kid.activatedRate]));
        if (shown.size > 0) kids = kids.map((kid) => ({ ...kid, activatedRate: shown.get(kid.code) }));
        this.windows.set(code, new Set());
      }
      this.store.set((s) => ({ ...s, children: new Map(s.children).set(code, kids), error: null }));
    } catch (error) {
      this.store.set((s) => ({ ...s, error: errorMessage(error) }));
    } finally {
      this.store.set((s) => ({ ...s, loading: without(s.loading, code) }));
    }
  }
}

function without(set: ReadonlySet<string>, code: string): Set<string> {
  const next = new Set(set);
  next.delete(code);
  return next;
}
