/** A list of contributions keyed by id, sorted by order, that components can subscribe to. */
export class ContributionRegistry<T extends { id: string; order?: number }> {
  private readonly items = new Map<string, T>();
  private readonly listeners = new Set<() => void>();
  private snapshot: T[] = [];

  constructor(private readonly kind: string) {}

  register(item: T): () => void {
    if (this.items.has(item.id)) throw new Error(`${this.kind} "${item.id}" is already registered`);
    this.items.set(item.id, item);
    this.changed();
    return () => {
      if (this.items.delete(item.id)) this.changed();
    };
  }

  get(id: string): T | undefined {
    return this.items.get(id);
  }

  /** Sorted by order; the same array until something changes (safe for useSyncExternalStore). */
  all = (): T[] => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.snapshot = [...this.items.values()].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    for (const listener of [...this.listeners]) listener();
  }
}
