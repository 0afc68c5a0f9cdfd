import DataLoader from 'dataloader';
import { ListBatch, UnitLists } from '../../core/list-batch';
import type { AskedField } from '../../core/look-ahead';
import type { UnitRow, UnitService } from './unit.service';

/**
 * Per-request batching of units: a list of 23 communes with their parents and children is one
 * statement per kind of read, not 23. Made with the request, and living as long as it.
 */
export class UnitLoaders {
  /** The lists of units this request returned (children of a unit): their fields are read list by list. */
  readonly lists = new UnitLists<UnitRow>();

  constructor(private readonly units: UnitService) {}

  readonly byId = new DataLoader<number, UnitRow | undefined>(async (ids) => {
    const rows = new Map((await this.units.byIds(ids)).map((u) => [u.id, u]));
    return ids.map((id) => rows.get(id));
  });

  readonly childrenOf = new DataLoader<number, UnitRow[]>(async (ids) => {
    const children = await this.units.childrenOfMany(ids);
    return ids.map((id) => this.lists.add(children.get(id) ?? []));
  });

  /** How many units are below each unit, counted without reading them (the explorer asks it of every row). */
  readonly childCountOf = new DataLoader<number, number>(async (ids) => {
    const counts = await this.units.childCounts(ids);
    return ids.map((id) => counts.get(id) ?? 0);
  });

  private readonly childrenInLists = new ListBatch((units) => this.units.childrenOfMany(units.map((u) => u.id)));
  private readonly childCountsInLists = new ListBatch((units) => this.units.childCounts(units.map((u) => u.id)));

  /** The children of a unit: with those of every unit of its list at once, or batched by DataLoader. */
  async children(unit: UnitRow): Promise<UnitRow[]> {
    const list = this.lists.of(unit);
    return list ? this.lists.add((await this.childrenInLists.get(unit, list)) ?? []) : this.childrenOf.load(unit.id);
  }

  /** A window of a unit's children (the rows of a long level on screen): a list of its own, whose fields are read together. */
  async childrenWindow(unit: UnitRow, window: { first: number; offset: number }): Promise<UnitRow[]> {
    return this.lists.add(await this.units.childrenWindow(unit.id, window.first, window.offset));
  }

  /** How many units are below a unit: for its whole list at once (plain once read), or batched by DataLoader. */
  childCount(unit: UnitRow): number | Promise<number> {
    const list = this.lists.of(unit);
    if (!list) return this.childCountOf.load(unit.id);
    const count = this.childCountsInLists.get(unit, list);
    return count instanceof Promise ? count.then((n) => n ?? 0) : (count ?? 0);
  }

  /** For a list of units just resolved: their child counts, when its items ask them (list-batch.ts). */
  async readAhead(list: UnitRow[], asked: readonly AskedField[]): Promise<void> {
    if (asked.some((field) => field.name === 'childCount')) await this.childCountsInLists.load(list);
  }
}
