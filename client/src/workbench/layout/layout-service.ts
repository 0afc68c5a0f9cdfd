import { createStore, type Store } from '../state/store';
import { readJson, writeJson } from '../state/storage';

export interface LayoutState {
  sidebarVisible: boolean;
  panelVisible: boolean;
  activeSidebarView: string | null;
  activePanelView: string | null;
  /** Percentages of the window, as react-resizable-panels reports them. */
  sidebarSize: number;
  panelSize: number;
}

const DEFAULT_LAYOUT: LayoutState = {
  sidebarVisible: true,
  panelVisible: true,
  activeSidebarView: null,
  activePanelView: null,
  sidebarSize: 22,
  panelSize: 24,
};

/** Which parts are shown and how big they are; remembered in the browser for each user. */
export class LayoutService {
  readonly store: Store<LayoutState>;
  private readonly storageKey: string;

  constructor(profile: string) {
    this.storageKey = `chitieu.layout.${profile}`;
    this.store = createStore(readJson(this.storageKey, DEFAULT_LAYOUT));
    this.store.subscribe(() => writeJson(this.storageKey, this.store.get()));
  }

  get state(): LayoutState {
    return this.store.get();
  }

  update(patch: Partial<LayoutState>): void {
    this.store.set((previous) => ({ ...previous, ...patch }));
  }

  /** Shows a side-bar view; clicking the active view's icon again hides the side bar, as in VS Code. */
  toggleSidebarView(viewId: string): void {
    const { activeSidebarView, sidebarVisible } = this.state;
    if (activeSidebarView === viewId && sidebarVisible) this.update({ sidebarVisible: false });
    else this.update({ activeSidebarView: viewId, sidebarVisible: true });
  }

  showPanelView(viewId: string): void {
    this.update({ activePanelView: viewId, panelVisible: true });
  }
}
