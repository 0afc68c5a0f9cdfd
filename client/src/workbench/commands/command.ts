import type { Localized } from '../state/localized';

/** Where a command shows besides the palette: a menu id and its place in it. */
export interface MenuPlacement {
  /** e.g. "explorer/context", "editor/title", "editor/tab/context", "view/title:explorer". */
  menu: string;
  group?: string;
  order?: number;
  when?: string;
}

/**
 * Every action of the console. The palette, menus, context menus and keyboard shortcuts all read
 * these; no component binds a key by itself.
 */
export interface Command {
  id: string;
  title: Localized;
  category: Localized;
  /** A codicon name ("refresh", "split-horizontal"). */
  icon?: string;
  /**
   * tinykeys bindings, first one shown first. Browsers keep Ctrl+W, Ctrl+N and Ctrl+Tab, so a
   * command bound to one of those carries a second binding such as "Alt+KeyW".
   */
  keybinding?: readonly string[];
  /** A when clause over the context keys; the command is hidden and its keys inert when false. */
  when?: string;
  /** A further when clause for the keys only (e.g. only while the explorer has focus). */
  keybindingWhen?: string;
  menus?: readonly MenuPlacement[];
  /** False for commands that need arguments (a unit to open): they stay out of the palette. */
  palette?: boolean;
  run(...args: unknown[]): void | Promise<void>;
}
