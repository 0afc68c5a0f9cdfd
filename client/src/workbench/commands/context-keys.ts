import { createStore, type Store } from '../state/store';
import type { ContextValues } from './when';

/** The facts `when` clauses read: which view is visible, which editor is active, and so on. */
export class ContextKeys {
  readonly store: Store<ContextValues> = createStore<ContextValues>({});

  set(key: string, value: unknown): void {
    if (this.store.get()[key] === value) return;
    this.store.set((previous) => ({ ...previous, [key]: value }));
  }

  values(): ContextValues {
    return this.store.get();
  }
}
