import { createStore, type Store } from '../../../workbench/state/store';
import type { SchemaRef } from '../schema/schema-index';

export interface DocsState {
  /** The pages walked to, root first; empty is the root page (Query, Mutation, all types). */
  stack: SchemaRef[];
  search: string;
}

/** Where the docs explorer is: a stack of pages, as GraphiQL's, and its search text. */
export class DocsNavigation {
  readonly store: Store<DocsState> = createStore<DocsState>({ stack: [], search: '' });

  get current(): SchemaRef | undefined {
    const { stack } = this.store.get();
    return stack[stack.length - 1];
  }

  open(ref: SchemaRef): void {
    this.store.set((s) => ({ stack: [...s.stack, ref], search: '' }));
  }

  back(): void {
    this.store.set((s) => ({ ...s, stack: s.stack.slice(0, -1) }));
  }

  home(): void {
    this.store.set({ stack: [], search: '' });
  }

  setSearch(search: string): void {
    this.store.set((s) => ({ ...s, search }));
  }

  /** Go to definition: the type's page, then the field's (an argument or enum value shows on it). */
  reveal(ref: SchemaRef): void {
    const stack: SchemaRef[] = [{ type: ref.type }];
    if (ref.field) stack.push(ref);
    this.store.set({ stack, search: '' });
  }
}
