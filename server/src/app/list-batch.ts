/**
 * Batching without promises, for the units of one list (the children of a unit). When a field of
 * one unit of the list is asked (its progress, its child count), it is read for the whole list in
 * one statement and kept; the other units then find it ready. better-sqlite3 reads synchronously,
 * so the field returns a value, not a promise: graphql-js completes a list of plain values much
 * faster than a list of promises (no microtask per field, no DataLoader tick). Units that did not
 * come in a list fall back to the request's DataLoaders.
 */
export class ListBatch<V> {
  private readonly values = new Map<number, V>();

  constructor(private readonly read: (units: readonly { id: number }[]) => ReadonlyMap<number, V>) {}

  /** The value for `unit`, reading it for every unit of `list` not read yet. */
  get<U extends { id: number }>(unit: U, list: readonly U[]): V | undefined {
    if (!this.values.has(unit.id)) {
      const missing = list.filter((u) => !this.values.has(u.id)); // the unit itself among them
      const read = this.read(missing);
      for (const u of missing) if (read.has(u.id)) this.values.set(u.id, read.get(u.id)!);
    }
    return this.values.get(unit.id);
  }
}

/** Which list each unit of a request came in, by unit id. */
export class UnitLists<U extends { id: number }> {
  private readonly lists = new Map<number, readonly U[]>();

  /** Remembers `units` as one list and returns it. */
  add<T extends U>(units: T[]): T[] {
    for (const unit of units) this.lists.set(unit.id, units);
    return units;
  }

  of(unit: { id: number }): readonly U[] | undefined {
    return this.lists.get(unit.id);
  }
}
