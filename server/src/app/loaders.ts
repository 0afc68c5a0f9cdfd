import { directivesModule, type DirectivesLoaders } from '../modules/directives/directives.module';
import { talliesModule } from '../modules/tallies/tallies.module';
import { unitsModule } from '../modules/units/units.module';
import type { Loaders, Services } from '../modules/context';

/**
 * One request's loaders, each module's (modules/context.ts): a list of 23 communes with their
 * progress is one statement per kind of read, not 23. The directives' are made on first use.
 */
export function createLoaders(services: Services): Loaders {
  const units = unitsModule.loaders(services);
  const tallies = talliesModule.loaders(services, units);
  let directives: DirectivesLoaders | undefined;
  return {
    ...units,
    ...tallies,
    get directives() {
      return (directives ??= directivesModule.loaders(services, tallies)).directives;
    },
    async readAhead(list, asked) {
      await units.units.readAhead(list, asked);
      await tallies.progress.readAhead(list, asked);
    },
  };
}
