import type { ComponentType } from 'react';
import type { EditorInput } from '../editors/editor-state';
import type { Localized } from '../state/localized';

/** A view in the primary side bar (with its activity-bar icon) or a tab of the bottom panel. */
export interface ViewContribution {
  id: string;
  location: 'sidebar' | 'panel';
  title: Localized;
  /** Codicon name. */
  icon: string;
  order?: number;
  component: ComponentType;
}

/** An editor's save: false when nothing was saved (its problems are on screen). */
export type SaveHandler = () => void | boolean | Promise<void | boolean>;

export interface EditorProps {
  input: EditorInput;
  groupId: string;
  /** Marks the tab dirty (●) or clean; an edit also pins it. */
  setDirty(dirty: boolean): void;
  /**
   * Tells the workbench how to save this editor's edits (Ctrl+S, and "Lưu" when a dirty tab is
   * closed); returns an unregister. The save answers false when nothing was saved (the editor
   * shows why): the tab then stays open.
   */
  registerSave(save: SaveHandler): () => void;
}

/** Renders one kind of editor tab ("unit", "settings"). */
export interface EditorProvider {
  id: string;
  icon: string;
  component: ComponentType<EditorProps>;
  /** The path shown above the editor; items with an `open` are clickable. */
  breadcrumbs?: ComponentType<{ input: EditorInput }>;
}

export interface StatusBarItem {
  id: string;
  alignment: 'left' | 'right';
  /** Lower comes first (leftmost on the left, leftmost on the right). */
  order?: number;
  component: ComponentType;
}

export interface QuickOpenItem {
  id: string;
  label: string;
  description?: string;
  detail?: string;
  icon?: string;
  run(options: { side: boolean }): void;
}

/** Supplies quick-open (Ctrl+P) results, usually from the server. */
export interface QuickOpenProvider {
  id: string;
  order?: number;
  search(query: string, signal: AbortSignal): Promise<QuickOpenItem[]>;
  /** What to list while nothing is typed (recently opened items), newest first. */
  recent?(): QuickOpenItem[];
}
