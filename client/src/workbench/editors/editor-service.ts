import { currentLanguage, i18n } from '../../i18n/i18n';
import type { DialogService } from '../dialogs/dialog-service';
import type { SaveHandler } from '../views/contributions';
import { createStore, type Store } from '../state/store';
import { readJson, writeJson } from '../state/storage';
import {
  activateEditor,
  activeGroup,
  activeTab,
  closeEditors,
  cycleEditor,
  emptyEditors,
  focusGroup,
  openEditor,
  pinEditor,
  reopenClosed,
  setDirty,
  updateInput,
  splitEditor,
  tabTitle,
  type EditorInput,
  type EditorsState,
  type InputPatch,
  type OpenOptions,
} from './editor-state';

/** The editor area's state and the actions on it; closing a dirty tab asks first. */
export class EditorService {
  readonly store: Store<EditorsState>;
  private readonly storageKey: string;
  private readonly saveHandlers = new Map<string, SaveHandler>();

  constructor(
    profile: string,
    private readonly dialogs: DialogService,
  ) {
    this.storageKey = `chitieu.editors.${profile}`;
    this.store = createStore(restore(readJson<EditorsState | null>(this.storageKey, null)));
    this.store.subscribe(() => writeJson(this.storageKey, persistable(this.store.get())));
  }

  get state(): EditorsState {
    return this.store.get();
  }

  open(input: EditorInput, options: OpenOptions = {}): void {
    this.store.set((s) => openEditor(s, input, options));
  }

  pin(groupId: string, key: string): void {
    this.store.set((s) => pinEditor(s, groupId, key));
  }

  activate(groupId: string, key: string): void {
    this.store.set((s) => activateEditor(s, groupId, key));
  }

  focusGroup(groupId: string): void {
    this.store.set((s) => focusGroup(s, groupId));
  }

  setDirty(groupId: string, key: string, dirty: boolean): void {
    const tab = this.state.groups.find((g) => g.id === groupId)?.tabs.find((t) => t.key === key);
    if (!tab || tab.dirty === dirty) return;
    this.store.set((s) => setDirty(s, groupId, key, dirty));
  }

  setLabel(key: string, label: string): void {
    this.update(key, { label });
  }

  /** Changes what an editor's tabs show; nothing happens when it already shows that. */
  update(key: string, patch: InputPatch): void {
    const tabs = this.state.groups.flatMap((g) => g.tabs).filter((t) => t.key === key);
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    if (tabs.every((t) => Object.entries(patch).every(([k, v]) => same(t.input[k as keyof InputPatch], v)))) return;
    this.store.set((s) => updateInput(s, key, patch));
  }

  /** An editor with edits registers how to save them; Ctrl+S saves the active one. */
  registerSave(groupId: string, key: string, save: SaveHandler): () => void {
    const id = `${groupId}/${key}`;
    this.saveHandlers.set(id, save);
    return () => {
      if (this.saveHandlers.get(id) === save) this.saveHandlers.delete(id);
    };
  }

  async saveActive(): Promise<void> {
    const tab = activeTab(this.state);
    if (tab) await this.saveHandlers.get(`${this.state.activeGroupId}/${tab.key}`)?.();
  }

  split(): void {
    this.store.set(splitEditor);
  }

  cycle(direction: 1 | -1): void {
    this.store.set((s) => cycleEditor(s, direction));
  }

  reopenClosed(): void {
    this.store.set(reopenClosed);
  }

  /**
   * Closes tabs of a group, asking about each dirty one first, as VS Code does: Lưu (when the
   * editor can save; a save that fails keeps the tab open and shows it), Không lưu, Hủy.
   */
  async close(groupId: string, keys: readonly string[]): Promise<void> {
    const group = this.state.groups.find((g) => g.id === groupId);
    if (!group) return;
    const closing: string[] = [];
    for (const tab of group.tabs.filter((t) => keys.includes(t.key))) {
      if (!tab.dirty) {
        closing.push(tab.key);
        continue;
      }
      const save = this.saveHandlers.get(`${groupId}/${tab.key}`);
      const answer = await this.dialogs.ask(
        i18n.t('workbench:dirty.question', { name: tabTitle(tab.input, currentLanguage()) }),
        [
          ...(save ? [{ id: 'save', label: i18n.t('workbench:dirty.save'), primary: true }] : []),
          { id: 'discard', label: i18n.t('workbench:dirty.discard') },
          { id: 'cancel', label: i18n.t('workbench:dirty.cancel'), primary: !save },
        ],
        'cancel',
        i18n.t('workbench:dirty.detail'),
      );
      if (answer === 'discard') closing.push(tab.key);
      if (answer === 'save' && save) {
        if ((await save()) === false) this.activate(groupId, tab.key);
        else closing.push(tab.key);
      }
    }
    this.store.set((s) => closeEditors(s, groupId, closing));
  }

  async closeActive(): Promise<void> {
    const tab = activeTab(this.state);
    if (tab) await this.close(this.state.activeGroupId, [tab.key]);
  }

  async closeOthers(groupId = this.state.activeGroupId, key = activeGroup(this.state).activeKey): Promise<void> {
    const group = this.state.groups.find((g) => g.id === groupId);
    if (group)
      await this.close(
        groupId,
        group.tabs.filter((t) => t.key !== key).map((t) => t.key),
      );
  }

  async closeAll(): Promise<void> {
    for (const group of [...this.state.groups])
      await this.close(
        group.id,
        group.tabs.map((t) => t.key),
      );
  }
}

/** Pinned, clean tabs come back after a reload; previews and unsaved edits do not. */
function persistable(state: EditorsState): EditorsState {
  return {
    ...state,
    groups: state.groups.map((g) => ({ ...g, tabs: g.tabs.filter((t) => t.pinned && !t.dirty) })),
    recentlyClosed: state.recentlyClosed.slice(0, 10),
  };
}

function restore(saved: EditorsState | null): EditorsState {
  if (!saved || !Array.isArray(saved.groups) || saved.groups.length === 0) return emptyEditors();
  const groups = saved.groups
    .filter((g) => g.tabs.length > 0 || g.id === 'g1')
    .map((g) => ({
      ...g,
      activeKey: g.tabs.some((t) => t.key === g.activeKey) ? g.activeKey : (g.tabs[0]?.key ?? null),
    }));
  const first = groups[0];
  if (!first) return emptyEditors();
  const activeGroupId = groups.some((g) => g.id === saved.activeGroupId) ? saved.activeGroupId : first.id;
  return { groups, activeGroupId, recentlyClosed: Array.isArray(saved.recentlyClosed) ? saved.recentlyClosed : [] };
}
