import type { ServerModule } from '../../core/module';
import type { Db } from '../../db/sql';
import { UnitLoaders } from './unit.loaders';
import { UnitResolver } from './unit.resolver';
import { UnitService } from './unit.service';

/** The units module: the administrative tree. Needs the database only. */
export interface UnitsServices {
  units: UnitService;
}

export interface UnitsLoaders {
  units: UnitLoaders;
}

export const unitsModule = {
  resolvers: [UnitResolver] as const,
  services: ({ sql }: { sql: Db }): UnitsServices => ({ units: new UnitService(sql) }),
  loaders: ({ units }: UnitsServices): UnitsLoaders => ({ units: new UnitLoaders(units) }),
} satisfies ServerModule<{ sql: Db }, UnitsServices>;
