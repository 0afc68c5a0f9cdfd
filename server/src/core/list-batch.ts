/**
 * Batching by list, for the units of one list (the children of a unit). When a field of one unit
 * of the list is asked (its progress, its child count), it is read for the whole list in one
 * statement, and the other units of the list share that read. Unlike a DataLoader it needs no
 * tick to collect the keys: the list is known up front. Units that did not come in a list fall
 * back to the request's DataLoaders.
 *
 * A list whose fields were read ahead (`load`, when the list itself was resolved: look-ahead.ts)
 * answers them with plain values: graphql-js completes a list of plain values in one pass, where
 * a promise per field costs a microtask and a promise for every object of the list.
 */
export class ListBatch<V> {
  /** The read that has (or will have) each unit's value, by unit id. */
  private readonly reads = new Map<number, Promise<ReadonlyMap<number, V>>>();
  private readonly settled = new Map<number, V | undefined>();

  constructor(private readonly read: (units: readonly { id: number }[]) => Promise<ReadonlyMap<number, V>>) {}

  /** The value for `unit`, reading it for every unit of `list` not read yet; plain once read. */
  get<U extends { id: number }>(unit: U, list: readonly U[]): V | undefined | Promise<V | undefined> {
    if (this.settled.has(unit.id)) return this.settled.get(unit.id);
    const read = this.reads.get(unit.id) ?? this.start(list);
    return read.then((values) => values.get(unit.id));
  }

  /** The value for `unit` if it has been read, else undefined (nothing is read). */
  peek(unit: { id: number }): V | undefined {
    return this.settled.get(unit.id);
  }

  /** Reads the values of a whole list ahead of its fields; a failed read is left to the fields that ask. */
  async load(list: readonly { id: number }[]): Promise<void> {
    if (list.some((u) => !this.reads.has(u.id))) void this.start(list);
    await Promise.allSettled(new Set(list.map((u) => this.reads.get(u.id))));
  }

  /** One read for the units of `list` not read yet (the asking unit among them). */
  private start(list: readonly { id: number }[]): Promise<ReadonlyMap<number, V>> {
    const missing = list.filter((u) => !this.reads.has(u.id));
    const read = this.read(missing).then((values) => {
      for (const u of missing) this.settled.set(u.id, values.get(u.id));
      return values;
    });
    read.catch(() => undefined); // a failed read is reported to the fields that ask, not as unhandled
    for (const u of missing) this.reads.set(u.id, read);
    return read;
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
