import DataLoader from 'dataloader';
import type { IsoDate } from '@chitieu/shared';
import type { CampaignRow } from '../modules/campaigns/campaign.service';
import { DirectiveLoaders } from '../modules/directives/directive.loaders';
import type { UnitProgress } from '../modules/tallies/progress.service';
import type { UnitRow } from '../modules/units/unit.service';
import type { Services } from './context';

/**
 * Per-request batching: a list of 23 communes with their progress is one statement per kind of
 * read, not 23. Loaders are made on first use and live as long as the request.
 */
export class Loaders {
  private readonly progressLoaders = new Map<string, DataLoader<UnitRow, UnitProgress, number>>();

  constructor(private readonly services: Services) {}

  readonly unitById = new DataLoader<number, UnitRow | undefined>((ids) => {
    const rows = new Map(this.services.units.byIds(ids).map((u) => [u.id, u]));
    return Promise.resolve(ids.map((id) => rows.get(id)));
  });

  readonly childrenOf = new DataLoader<number, UnitRow[]>((ids) => {
    const children = this.services.units.childrenOfMany(ids);
    return Promise.resolve(ids.map((id) => children.get(id) ?? []));
  });

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
        (units) => {
          const result = this.services.progress.progressOf({ ...campaign, deadline }, units, asOf);
          return Promise.resolve(units.map((u) => result.get(u.id)!));
        },
        { cacheKeyFn: (unit) => unit.id },
      );
      this.progressLoaders.set(key, loader);
    }
    return loader;
  }
}
