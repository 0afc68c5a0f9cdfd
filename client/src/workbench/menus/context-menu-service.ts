import { createStore, type Store } from '../state/store';

export interface ContextMenuRequest {
  /** The menu id whose commands are listed ("explorer/context"). */
  menu: string;
  x: number;
  y: number;
  /** Passed to the chosen command's run. */
  args: unknown[];
  /** Extra context keys for the when clauses of this menu (e.g. the clicked item's level). */
  context?: Record<string, unknown>;
  /** Where focus goes back when the menu closes. */
  returnFocus?: HTMLElement | null;
}

export class ContextMenuService {
  readonly store: Store<ContextMenuRequest | null> = createStore<ContextMenuRequest | null>(null);

  show(request: ContextMenuRequest): void {
    this.store.set({ ...request, returnFocus: request.returnFocus ?? (document.activeElement as HTMLElement | null) });
  }

  /** Opens a menu below an element, for the keyboard (Shift+F10, the context-menu key). */
  showAt(element: HTMLElement, menu: string, args: unknown[], context?: Record<string, unknown>): void {
    const rect = element.getBoundingClientRect();
    this.show({ menu, x: rect.left + 16, y: rect.bottom, args, returnFocus: element, ...(context ? { context } : {}) });
  }

  close(): void {
    const request = this.store.get();
    this.store.set(null);
    if (request?.returnFocus?.isConnected) request.returnFocus.focus();
  }
}
