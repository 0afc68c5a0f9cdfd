import { createStore, type Store } from '../state/store';

export interface InputRequest {
  title: string;
  placeholder?: string;
  value: string;
  /** An error message for a bad value, or null when it is acceptable. */
  validate?(value: string): string | null;
  resolve(value: string | undefined): void;
}

export type QuickInputState =
  | { kind: 'closed' }
  /** Ctrl+P opens it empty (quick open); F1 opens it with ">" (commands). */
  | { kind: 'palette'; initial: string }
  | { kind: 'input'; request: InputRequest };

/** The one box at the top of the window: command palette, quick open, and prompts for a value. */
export class QuickInputService {
  readonly store: Store<QuickInputState> = createStore<QuickInputState>({ kind: 'closed' });
  private returnFocus: HTMLElement | null = null;

  showPalette(initial: string): void {
    this.remember();
    this.store.set({ kind: 'palette', initial });
  }

  input(request: Omit<InputRequest, 'resolve'>): Promise<string | undefined> {
    this.remember();
    return new Promise((resolve) => {
      this.store.set({ kind: 'input', request: { ...request, resolve } });
    });
  }

  close(): void {
    const state = this.store.get();
    if (state.kind === 'input') state.request.resolve(undefined);
    this.store.set({ kind: 'closed' });
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
  }

  /** Closes the box without giving focus back (the chosen item moves focus itself). */
  dismiss(): void {
    this.returnFocus = null;
    this.close();
  }

  private remember(): void {
    if (this.store.get().kind === 'closed' && document.activeElement instanceof HTMLElement) {
      this.returnFocus = document.activeElement;
    }
  }
}
