import { DirectiveLoaders } from '../modules/directives/directive.loaders';
import { ProgressLoaders } from '../modules/tallies/progress.loaders';
import { UnitLoaders } from '../modules/units/unit.loaders';
import type { Loaders, Services } from '../modules/context';

/**
 * One request's loaders, of every module (modules/context.ts): a list of 23 communes with their
 * progress is one statement per kind of read, not 23.
 */
export function createLoaders(services: Services): Loaders {
  const units = new UnitLoaders(services.units);
  const progress = new ProgressLoaders(services, units);
  let directives: DirectiveLoaders | undefined;
  return {
    units,
    progress,
    get directives() {
      return (directives ??= new DirectiveLoaders({ store: services.directives.store, campaigns: services.campaigns, progress }));
    },
    async readAhead(list, asked) {
      await units.readAhead(list, asked);
      await progress.readAhead(list, asked);
    },
  };
}
