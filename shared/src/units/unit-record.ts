import type { Level } from './levels';

/** One administrative unit as stored (one row of `unit`): the server's UnitRow, the seeds' trees. */
export interface UnitRecord {
  id: number;
  code: string;
  name: string;
  type: string;
  level: Level;
  parentId: number | null;
  path: string;
  synthetic: boolean;
  /** Synthetic people per hamlet; null for GSO's units (the list has no population). */
  population: number | null;
  hamletCount: number;
}
