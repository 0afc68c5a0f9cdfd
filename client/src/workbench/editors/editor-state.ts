import type { Language, Localized } from '../state/localized';

/**
 * The editor area as data: groups of tabs, preview and pinned tabs, dirty markers, recently
 * closed editors. Pure functions, so the rules VS Code users expect are tested without a browser.
 */
export interface EditorInput {
  /** Which editor provider renders it ("unit", "settings"). */
  typeId: string;
  /** The resource it shows, unique within its type ("83"). */
  id: string;
  /** The tab's title, known to whoever opened it (a unit's name). */
  label: string;
  /** The title in both languages when it is not a proper name ("Cài đặt" / "Settings"): tabs follow a language switch. */
  title?: Localized;
  /** Told apart by this when two tabs share a title (a unit's parent, as VS Code shows a file's folder). */
  description?: string;
}

/** A tab's label and titles from a proper name (one string) or a text in both languages. */
export function named(label: string | Localized): Pick<EditorInput, 'label' | 'title'> {
  return typeof label === 'string' ? { label } : { label: label.vi, title: label };
}

/** What a tab shows as its title in the console's language. */
export function tabTitle(input: EditorInput, language: Language): string {
  return input.title?.[language] ?? input.label;
}

/** Keys of the tabs of a group whose title another tab of the group shares. */
export function sharedTitles(tabs: readonly EditorTab[], language: Language): Set<string> {
  const byTitle = new Map<string, string[]>();
  for (const tab of tabs) {
    const title = tabTitle(tab.input, language);
    byTitle.set(title, [...(byTitle.get(title) ?? []), tab.key]);
  }
  return new Set([...byTitle.values()].filter((keys) => keys.length > 1).flat());
}

export interface EditorTab {
  key: string;
  input: EditorInput;
  /** False for the preview tab (italic): the next preview opened in its group replaces it. */
  pinned: boolean;
  dirty: boolean;
}

export interface EditorGroup {
  id: string;
  tabs: EditorTab[];
  activeKey: string | null;
}

export interface EditorsState {
  groups: EditorGroup[];
  activeGroupId: string;
  recentlyClosed: EditorInput[];
}

export interface OpenOptions {
  pinned?: boolean;
  /** Open in the group beside the active one, creating it when there is only one. */
  side?: boolean;
  groupId?: string;
}

export const MAX_GROUPS = 2;
const MAX_CLOSED = 20;

export const editorKey = (input: Pick<EditorInput, 'typeId' | 'id'>): string => `${input.typeId}:${input.id}`;

export function emptyEditors(): EditorsState {
  return { groups: [{ id: 'g1', tabs: [], activeKey: null }], activeGroupId: 'g1', recentlyClosed: [] };
}

export function activeGroup(state: EditorsState): EditorGroup {
  const group = state.groups.find((g) => g.id === state.activeGroupId) ?? state.groups[0];
  if (!group) throw new Error('The editor area always has a group');
  return group;
}

export function activeTab(state: EditorsState): EditorTab | undefined {
  const group = activeGroup(state);
  return group.tabs.find((tab) => tab.key === group.activeKey);
}

export function openEditor(state: EditorsState, input: EditorInput, options: OpenOptions = {}): EditorsState {
  const withGroup = options.side ? ensureSideGroup(state) : state;
  const groupId = options.side ? sideGroupId(withGroup) : (options.groupId ?? withGroup.activeGroupId);
  const key = editorKey(input);
  const pinned = options.pinned ?? false;
  return {
    ...updateGroup(withGroup, groupId, (group) => {
      const existing = group.tabs.find((tab) => tab.key === key);
      if (existing) {
        const tabs = group.tabs.map((tab) =>
          tab.key === key ? { ...tab, input: { ...tab.input, ...input }, pinned: tab.pinned || pinned } : tab,
        );
        return { ...group, tabs, activeKey: key };
      }
      const tab: EditorTab = { key, input, pinned, dirty: false };
      const previewIndex = group.tabs.findIndex((t) => !t.pinned && !t.dirty);
      if (!pinned && previewIndex >= 0) {
        const tabs = group.tabs.map((t, index) => (index === previewIndex ? tab : t));
        return { ...group, tabs, activeKey: key };
      }
      const activeIndex = group.tabs.findIndex((t) => t.key === group.activeKey);
      const tabs = [...group.tabs];
      tabs.splice(activeIndex + 1, 0, tab);
      return { ...group, tabs, activeKey: key };
    }),
    activeGroupId: groupId,
  };
}

export function pinEditor(state: EditorsState, groupId: string, key: string): EditorsState {
  return updateTab(state, groupId, key, (tab) => ({ ...tab, pinned: true }));
}

/** An edit marks the tab dirty and pins it, as in VS Code. */
export function setDirty(state: EditorsState, groupId: string, key: string, dirty: boolean): EditorsState {
  return updateTab(state, groupId, key, (tab) => ({ ...tab, dirty, pinned: tab.pinned || dirty }));
}

export type InputPatch = Partial<Pick<EditorInput, 'label' | 'title' | 'description'>>;

/** Changes what the tabs of an editor show (its label, titles, description), in every group. */
export function updateInput(state: EditorsState, key: string, patch: InputPatch): EditorsState {
  let next = state;
  for (const group of state.groups) {
    next = updateTab(next, group.id, key, (tab) => ({ ...tab, input: { ...tab.input, ...patch } }));
  }
  return next;
}

export function activateEditor(state: EditorsState, groupId: string, key: string): EditorsState {
  return { ...updateGroup(state, groupId, (group) => ({ ...group, activeKey: key })), activeGroupId: groupId };
}

export function focusGroup(state: EditorsState, groupId: string): EditorsState {
  return state.groups.some((g) => g.id === groupId) ? { ...state, activeGroupId: groupId } : state;
}

/** Closes tabs of one group; their neighbour becomes active; an emptied second group goes away. */
export function closeEditors(state: EditorsState, groupId: string, keys: readonly string[]): EditorsState {
  const group = state.groups.find((g) => g.id === groupId);
  if (!group) return state;
  const closing = group.tabs.filter((tab) => keys.includes(tab.key));
  if (closing.length === 0) return state;
  const tabs = group.tabs.filter((tab) => !keys.includes(tab.key));
  const recentlyClosed = [...closing.map((tab) => tab.input).reverse(), ...state.recentlyClosed].slice(0, MAX_CLOSED);
  if (tabs.length === 0 && state.groups.length > 1) {
    const groups = state.groups.filter((g) => g.id !== groupId);
    const activeGroupId = state.activeGroupId === groupId ? (groups[0]?.id ?? 'g1') : state.activeGroupId;
    return { groups, activeGroupId, recentlyClosed };
  }
  let activeKey = group.activeKey;
  if (activeKey !== null && keys.includes(activeKey)) {
    const oldIndex = group.tabs.findIndex((tab) => tab.key === activeKey);
    activeKey = tabs[Math.min(oldIndex, tabs.length - 1)]?.key ?? null;
  }
  return { ...updateGroup(state, groupId, (g) => ({ ...g, tabs, activeKey })), recentlyClosed };
}

export function reopenClosed(state: EditorsState): EditorsState {
  const [input, ...rest] = state.recentlyClosed;
  if (!input) return state;
  return { ...openEditor(state, input, { pinned: true }), recentlyClosed: rest };
}

/** Splits the editor: the active tab is copied into a second group beside it. */
export function splitEditor(state: EditorsState): EditorsState {
  const tab = activeTab(state);
  if (!tab) return ensureSideGroup(state);
  return openEditor(state, tab.input, { side: true, pinned: true });
}

/** Next (+1) or previous (−1) tab of the active group, wrapping around. */
export function cycleEditor(state: EditorsState, direction: 1 | -1): EditorsState {
  const group = activeGroup(state);
  if (group.tabs.length === 0) return state;
  const index = group.tabs.findIndex((tab) => tab.key === group.activeKey);
  const next = group.tabs[(index + direction + group.tabs.length) % group.tabs.length];
  return next ? activateEditor(state, group.id, next.key) : state;
}

function ensureSideGroup(state: EditorsState): EditorsState {
  if (state.groups.length >= MAX_GROUPS) return state;
  const id = state.groups.some((g) => g.id === 'g2') ? 'g3' : 'g2';
  return { ...state, groups: [...state.groups, { id, tabs: [], activeKey: null }] };
}

function sideGroupId(state: EditorsState): string {
  const other = state.groups.find((g) => g.id !== state.activeGroupId);
  return other?.id ?? state.activeGroupId;
}

function updateGroup(state: EditorsState, groupId: string, update: (group: EditorGroup) => EditorGroup): EditorsState {
  return { ...state, groups: state.groups.map((g) => (g.id === groupId ? update(g) : g)) };
}

function updateTab(
  state: EditorsState,
  groupId: string,
  key: string,
  update: (tab: EditorTab) => EditorTab,
): EditorsState {
  return updateGroup(state, groupId, (group) => ({
    ...group,
    tabs: group.tabs.map((tab) => (tab.key === key ? update(tab) : tab)),
  }));
}
