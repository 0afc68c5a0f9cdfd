/**
 * Batching by list, for the units of one list (the children of a unit). When a field of one unit
 * of the list is asked (its progress, its child count), it is read for the whole list in one
 * statement, and the other units of the list share that read. Unlike a DataLoader it needs no
 * tick to collect the keys: the list is known up front. Units that did not come in a list fall
 * back to the request's DataLoaders.
 */
export class ListBatch<V> {
  private readonly values = new Map<number, Promise<V | undefined>>();

  constructor(private readonly read: (units: readonly { id: number }[]) => Promise<ReadonlyMap<number, V>>) {}

  /** The value for `unit`, reading it for every unit of `list` not read yet. */
  get<U extends { id: number }>(unit: U, list: readonly U[]): Promise<V | undefined> {
    if (!this.values.has(unit.id)) {
      const missing = list.filter((u) => !this.values.has(u.id)); // the unit itself among them
      const read = this.read(missing);
      for (const u of missing) {
        const value = read.then((values) => values.get(u.id));
        value.catch(() => undefined); // a failed read is reported to the fields that ask, not as unhandled
        this.values.set(u.id, value);
      }
    }
    return this.values.get(unit.id)!;
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
