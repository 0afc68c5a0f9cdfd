import type { Services } from '../app/context';
import { buildBenTreStory } from './ben-tre-story';

/**
 * A real deployment's empty database gets the official administrative units (no hamlets, no
 * campaign, no accounts): Tỉnh Bến Tre's GSO list in this version. Returns how many were added.
 */
export async function loadOfficialUnitsIfEmpty(services: Services): Promise<number> {
  if (await services.sql.get(`SELECT 1 FROM unit LIMIT 1`)) return 0;
  const official = buildBenTreStory().units.filter((u) => !u.synthetic);
  await services.sql.tx(async () => await services.units.insertMany(official));
  return official.length;
}
