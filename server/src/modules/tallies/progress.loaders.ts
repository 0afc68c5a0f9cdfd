import DataLoader from 'dataloader';
import type { IsoDate } from '@chitieu/shared';
import { ListBatch } from '../../core/list-batch';
import type { AskedField } from '../../core/look-ahead';
import type { CampaignRow, CampaignService, ClockService } from '../campaigns/campaign.service';
import type { UnitLoaders } from '../units/unit.loaders';
import type { UnitRow } from '../units/unit.service';
import type { ProgressService, UnitProgress } from './progress.service';

/** What the progress loaders read with. */
export interface ProgressLoaderDeps {
  progress: ProgressService;
  campaigns: CampaignService;
  clock: ClockService;
}

/**
 * Per-request batching of progress: the figures of a list of units are read for the whole list
 * (the lists the unit loaders returned), or batched by DataLoader, once per campaign, date and deadline.
 */
export class ProgressLoaders {
  private readonly loaders = new Map<string, DataLoader<UnitRow, UnitProgress, number>>();
  private readonly inLists = new Map<string, ListBatch<UnitProgress>>();
  /** Progress read ahead with a list, by the field's arguments as the query gave them. */
  private readonly ahead = new Map<string, ListBatch<UnitProgress>>();

  constructor(
    private readonly services: ProgressLoaderDeps,
    private readonly units: UnitLoaders,
  ) {}

  /** A unit's progress: for its whole list at once, or batched by DataLoader (see loader()). */
  async of(
    unit: UnitRow,
    campaign: CampaignRow,
    asOf: IsoDate,
    deadline: IsoDate = campaign.deadline,
  ): Promise<UnitProgress> {
    const list = this.units.lists.of(unit);
    if (!list) return this.loader(campaign, asOf, deadline).load(unit);
    return (await this.batch(campaign, asOf, deadline).get(unit, list))!;
  }

  /** Progress as of a date against the campaign deadline, or another deadline (a directive task's). */
  loader(
    campaign: CampaignRow,
    asOf: IsoDate,
    deadline: IsoDate = campaign.deadline,
  ): DataLoader<UnitRow, UnitProgress, number> {
    const key = `${campaign.id}|${asOf}|${deadline}`;
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader(
        async (units) => {
          const result = await this.services.progress.progressOf({ ...campaign, deadline }, units, asOf);
          return units.map((u) => result.get(u.id)!);
        },
        { cacheKeyFn: (unit) => unit.id },
      );
      this.loaders.set(key, loader);
    }
    return loader;
  }

  private batch(campaign: CampaignRow, asOf: IsoDate, deadline: IsoDate): ListBatch<UnitProgress> {
    const key = `${campaign.id}|${asOf}|${deadline}`;
    let batch = this.inLists.get(key);
    if (!batch) {
      batch = new ListBatch((units) =>
        this.services.progress.progressOf({ ...campaign, deadline }, units as UnitRow[], asOf),
      );
      this.inLists.set(key, batch);
    }
    return batch;
  }

  /**
   * For a list of units just resolved: the progress its items ask, so that Unit.progress answers
   * with plain values (list-batch.ts). Whatever cannot be read here (an unknown campaign) is read,
   * and refused, by the field itself.
   */
  async readAhead(list: UnitRow[], asked: readonly AskedField[]): Promise<void> {
    for (const { name, args } of asked) {
      if (name === 'progress' && typeof args.campaign === 'string')
        await this.readAheadFor(list, args.campaign, (args.asOf as IsoDate | null | undefined) ?? null);
    }
  }

  private async readAheadFor(list: UnitRow[], campaignCode: string, asOf: IsoDate | null): Promise<void> {
    let campaign: CampaignRow | undefined;
    let date: IsoDate;
    try {
      campaign = await this.services.campaigns.byCode(campaignCode);
      date = asOf ?? (await this.services.clock.today());
    } catch {
      return; // the field reads them again and reports what failed
    }
    if (!campaign) return;
    const batch = this.batch(campaign, date, campaign.deadline);
    await batch.load(list);
    this.ahead.set(`${campaignCode}|${asOf}`, batch);
  }

  /** A unit's progress read ahead with its list for these arguments (readAhead), or undefined. */
  readAheadOf(unit: UnitRow, campaignCode: string, asOf: IsoDate | null): UnitProgress | undefined {
    return this.ahead.get(`${campaignCode}|${asOf}`)?.peek(unit);
  }
}
