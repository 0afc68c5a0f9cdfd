import { describe, expect, it } from 'vitest';
import {
  activeTab,
  closeEditors,
  cycleEditor,
  emptyEditors,
  openEditor,
  pinEditor,
  reopenClosed,
  setDirty,
  sharedTitles,
  splitEditor,
  tabTitle,
  updateInput,
  type EditorInput,
  type EditorsState,
} from './editor-state';

const unit = (id: string, label = id): EditorInput => ({ typeId: 'unit', id, label });
const labels = (state: EditorsState, group = 0): string[] =>
  (state.groups[group]?.tabs ?? []).map((tab) => `${tab.input.label}${tab.pinned ? '' : '~'}${tab.dirty ? '●' : ''}`);

describe('editor tabs', () => {
  it('reuses the preview tab for the next preview, and keeps pinned ones', () => {
    let state = openEditor(emptyEditors(), unit('83'));
    state = openEditor(state, unit('836'));
    expect(labels(state)).toEqual(['836~']);
    state = pinEditor(state, 'g1', 'unit:836');
    state = openEditor(state, unit('29119'));
    expect(labels(state)).toEqual(['836', '29119~']);
    state = openEditor(state, unit('835'), { pinned: true });
    expect(labels(state)).toEqual(['836', '29119~', '835']);
    expect(activeTab(state)?.input.id).toBe('835');
  });

  it('pins a preview tab opened again as pinned, without duplicating it', () => {
    let state = openEditor(emptyEditors(), unit('83'));
    state = openEditor(state, unit('83'), { pinned: true });
    expect(labels(state)).toEqual(['83']);
  });

  it('marks an edited tab dirty and pins it, so no preview replaces it', () => {
    let state = openEditor(emptyEditors(), unit('83'));
    state = setDirty(state, 'g1', 'unit:83', true);
    state = openEditor(state, unit('836'));
    expect(labels(state)).toEqual(['83●', '836~']);
  });

  it('closes tabs, activates a neighbour and reopens the last closed', () => {
    let state = emptyEditors();
    for (const id of ['a', 'b', 'c']) state = openEditor(state, unit(id), { pinned: true });
    state = closeEditors(state, 'g1', ['unit:c']);
    expect(activeTab(state)?.input.id).toBe('b');
    state = closeEditors(state, 'g1', ['unit:a']);
    expect(labels(state)).toEqual(['b']);
    state = reopenClosed(state);
    expect(labels(state)).toEqual(['b', 'a']);
    state = reopenClosed(state);
    expect(labels(state)).toEqual(['b', 'a', 'c']);
    expect(state.recentlyClosed).toEqual([]);
  });

  it('splits into two groups to compare, and drops an emptied second group', () => {
    let state = openEditor(emptyEditors(), unit('836', 'Huyện Ba Tri'), { pinned: true });
    state = splitEditor(state);
    expect(state.groups).toHaveLength(2);
    expect(state.activeGroupId).toBe('g2');
    state = openEditor(state, unit('831', 'Huyện Châu Thành'), { pinned: true });
    expect(labels(state, 1)).toEqual(['Huyện Ba Tri', 'Huyện Châu Thành']);
    state = openEditor(state, unit('835'), { side: true });
    expect(state.activeGroupId).toBe('g1');
    expect(splitEditor(splitEditor(state)).groups).toHaveLength(2);
    state = closeEditors(state, 'g2', ['unit:836', 'unit:831']);
    expect(state.groups.map((g) => g.id)).toEqual(['g1']);
  });

  it('cycles through the tabs of the active group', () => {
    let state = emptyEditors();
    for (const id of ['a', 'b']) state = openEditor(state, unit(id), { pinned: true });
    state = cycleEditor(state, 1);
    expect(activeTab(state)?.input.id).toBe('a');
    state = cycleEditor(state, -1);
    expect(activeTab(state)?.input.id).toBe('b');
  });
});

describe('tab titles', () => {
  it('follow the language when the editor has titles in both, and keep a proper name as it is', () => {
    const settings: EditorInput = {
      typeId: 'settings',
      id: 'user',
      label: 'Cài đặt',
      title: { vi: 'Cài đặt', en: 'Settings' },
    };
    expect(tabTitle(settings, 'en')).toBe('Settings');
    expect(tabTitle(settings, 'vi')).toBe('Cài đặt');
    expect(tabTitle(unit('83', 'Tỉnh Bến Tre'), 'en')).toBe('Tỉnh Bến Tre');
  });

  it('tell which tabs of a group share a title, so that their descriptions show', () => {
    let state = openEditor(
      emptyEditors(),
      { ...unit('2878601', 'Ấp 1'), description: 'Xã Sơn Đông' },
      { pinned: true },
    );
    state = openEditor(state, unit('2879001', 'Ấp 1'), { pinned: true });
    state = openEditor(state, unit('836', 'Huyện Ba Tri'), { pinned: true });
    state = updateInput(state, 'unit:2879001', { description: 'Xã Phú Hưng' });
    const tabs = state.groups[0]?.tabs ?? [];
    expect([...sharedTitles(tabs, 'vi')].sort()).toEqual(['unit:2878601', 'unit:2879001']);
    expect(tabs.map((tab) => tab.input.description ?? '')).toEqual(['Xã Sơn Đông', 'Xã Phú Hưng', '']);
  });
});
