import DataLoader from 'dataloader';
import type { IsoDate } from '@chitieu/shared';
import type { CampaignRow } from '../modules/campaigns/campaign.service';
import { DirectiveLoaders } from '../modules/directives/directive.loaders';
import type { UnitProgress } from '../modules/tallies/progress.service';
import type { UnitRow } from '../modules/units/unit.service';
import type { Services } from './context';
import { ListBatch, UnitLists } from '../core/list-batch';
import type { AskedField } from '../core/look-ahead';

/**
 * Per-request batching: a list of 23 communes with their progress is one statement per kind of
 * read, not 23. Loaders are made on first use and live as long as the request.
 */
export class Loaders {
  private readonly progressLoaders = new Map<string, DataLoader<UnitRow, UnitProgress, number>>();

  constructor(private readonly services: Services) {}

  readonly unitById = new DataLoader<number, UnitRow | undefined>(async (ids) => {
    const rows = new Map((await this.services.units.byIds(ids)).map((u) => [u.id, u]));
    return ids.map((id) => rows.get(id));
  });

  readonly childrenOf = new DataLoader<number, UnitRow[]>(async (ids) => {
    const children = await this.services.units.childrenOfMany(ids);
    return ids.map((id) => this.lists.add(children.get(id) ?? []));
  });

  /** How many units are below each unit, counted without reading them (the explorer asks it of every row). */
  readonly childCountOf = new DataLoader<number, number>(async (ids) => {
    const counts = await this.services.units.childCounts(ids);
    return ids.map((id) => counts.get(id) ?? 0);
  });

  /** The lists of units this request returned (children of a unit): their fields are read list by list. */
  private readonly lists = new UnitLists<UnitRow>();
  private readonly childrenInLists = new ListBatch((units) => this.services.units.childrenOfMany(units.map((u) => u.id)));
  private readonly childCountsInLists = new ListBatch((units) => this.services.units.childCounts(units.map((u) => u.id)));
  private readonly progressInLists = new Map<string, ListBatch<UnitProgress>>();

  /** The children of a unit: with those of every unit of its list at once, or batched by DataLoader. */
  async children(unit: UnitRow): Promise<UnitRow[]> {
    const list = this.lists.of(unit);
    return list ? this.lists.add((await this.childrenInLists.get(unit, list)) ?? []) : this.childrenOf.load(unit.id);
  }

  /** A window of a unit's children (the rows of a long level on screen): a list of its own, whose fields are read together. */
  async childrenWindow(unit: UnitRow, window: { first: number; offset: number }): Promise<UnitRow[]> {
    return this.lists.add(await this.services.units.childrenWindow(unit.id, window.first, window.offset));
  }

  /** How many units are below a unit: for its whole list at once (plain once read), or batched by DataLoader. */
  childCount(unit: UnitRow): number | Promise<number> {
    const list = this.lists.of(unit);
    if (!list) return this.childCountOf.load(unit.id);
    const count = this.childCountsInLists.get(unit, list);
    return count instanceof Promise ? count.then((n) => n ?? 0) : (count ?? 0);
  }

  /** A unit's progress: for its whole list at once, or batched by DataLoader (see progress()). */
  async progressOf(unit: UnitRow, campaign: CampaignRow, asOf: IsoDate, deadline: IsoDate = campaign.deadline): Promise<UnitProgress> {
    const list = this.lists.of(unit);
    if (!list) return this.progress(campaign, asOf, deadline).load(unit);
    return (await this.progressBatch(campaign, asOf, deadline).get(unit, list))!;
  }

  private progressBatch(campaign: CampaignRow, asOf: IsoDate, deadline: IsoDate): ListBatch<UnitProgress> {
    const key = `${campaign.id}|${asOf}|${deadline}`;
    let batch = this.progressInLists.get(key);
    if (!batch) {
      batch = new ListBatch((units) => this.services.progress.progressOf({ ...campaign, deadline }, units as UnitRow[], asOf));
      this.progressInLists.set(key, batch);
    }
    return batch;
  }

  /** Progress read ahead with a list, by the field's arguments as the query gave them. */
  private readonly progressAhead = new Map<string, ListBatch<UnitProgress>>();

  /**
   * Reads, for a list of units just resolved, the fields its items ask that are read list by list
   * (their child counts, their progress), so those fields answer with plain values (list-batch.ts).
   * Whatever cannot be read here (an unknown campaign) is read, and refused, by the field itself.
   */
  async readAhead(list: UnitRow[], asked: readonly AskedField[]): Promise<void> {
    for (const { name, args } of asked) {
      if (name === 'childCount') await this.childCountsInLists.load(list);
      if (name === 'progress' && typeof args.campaign === 'string') await this.readProgressAhead(list, args.campaign, (args.asOf as IsoDate | null | undefined) ?? null);
    }
  }

  private async readProgressAhead(list: UnitRow[], campaignCode: string, asOf: IsoDate | null): Promise<void> {
    let campaign: CampaignRow | undefined;
    let date: IsoDate;
    try {
      campaign = await this.services.campaigns.byCode(campaignCode);
      date = asOf ?? await this.services.clock.today();
    } catch {
      return; // the field reads them again and reports what failed
    }
    if (!campaign) return;
    const batch = this.progressBatch(campaign, date, campaign.deadline);
    await batch.load(list);
    this.progressAhead.set(`${campaignCode}|${asOf}`, batch);
  }

  /** A unit's progress read ahead with its list for these arguments (readAhead), or undefined. */
  progressReadAhead(unit: UnitRow, campaignCode: string, asOf: IsoDate | null): UnitProgress | undefined {
    return this.progressAhead.get(`${campaignCode}|${asOf}`)?.peek(unit);
  }

  private directiveLoaders: DirectiveLoaders | undefined;

  /** Directives: tasks, lines and line states (modules/directives/directive.loaders.ts). */
  get directives(): DirectiveLoaders {
    return (this.directiveLoaders ??= new DirectiveLoaders(this.services, this));
  }

  /** Progress as of a date against the campaign deadline, or another deadline (a directive task's). */
  progress(campaign: CampaignRow, asOf: IsoDate, deadline: IsoDate = campaign.deadline): DataLoader<UnitRow, UnitProgress, number> {
    const key = `${campaign.id}|${asOf}|${deadline}`;
    let loader = this.progressLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(
        async (units) => {
          const result = await this.services.progress.progressOf({ ...campaign, deadline }, units, asOf);
          return units.map((u) => result.get(u.id)!);
        },
        { cacheKeyFn: (unit) => unit.id },
      );
      this.progressLoaders.set(key, loader);
    }
    return loader;
  }
}
