import { daysBetween, isIsoDate } from '@chitieu/shared';
import type { CostContext, CostHints } from './cost';
import { MAX_SCANNED_UNITS } from '../../modules/analytics/scan-limit';
import { QUERY_LIMITS } from './limits';

/**
 * The children of a unit nothing else tells (below a list of units, or `parent`), and the size of
 * every level without data: 63 provinces under a country, a few dozen communes in a district.
 * Below `unit(code:)` the estimate counts the real subtree instead.
 */
export const MAX_CHILDREN = 100;
/** Counting a subtree stops here: past the limit, each unit read costs at least 1, so the query is refused anyway. */
export const MAX_COUNTED_UNITS = QUERY_LIMITS.cost + 1;
/** A history spans at most this many days (the resolver refuses more). */
export const MAX_HISTORY_DAYS = 1000;
/** What reading one unit of a subtree costs in a ranking or a reporting list (two index seeks, about 20 µs). */
const PER_UNIT_READ = 2;
/** Without data, every subtree is as large as allowed. */
export const PESSIMISTIC: CostContext = {
  unitsBelow: () => MAX_SCANNED_UNITS,
  unitsAtDepth: (_code, depth) => MAX_CHILDREN ** depth,
};

const subtree = (perUnit: number) => (args: Record<string, unknown>, context: CostContext) =>
  Math.max(1, Math.min(MAX_SCANNED_UNITS, context.unitsBelow(args.parent, args.level)) * perUnit);

/** Introspection fields per cost unit: they read memory only (measured about 3 to 5 µs each). */
export const INTROSPECTION_FIELDS_PER_UNIT = 2;

function historyDays(args: Record<string, unknown>): number {
  const { from, to } = args;
  if (typeof from === 'string' && typeof to === 'string' && isIsoDate(from) && isIsoDate(to)) {
    return Math.max(0, Math.min(MAX_HISTORY_DAYS, daysBetween(from, to) + 1));
  }
  return MAX_HISTORY_DAYS;
}

/**
 * What fields cost beyond the default (1 each, about 10 µs; a list of `first`, else 100 items),
 * measured with tests/bench/worst-query.mjs. Lists whose size is known get it (`children` below
 * `unit(code:)` the real size of the subtree, level by level); batched fields that
 * still run statements cost a few units; a statement per parent costs 10 or more; a list over a
 * subtree costs the units it reads, counted before it runs (`shortfalls`, whose subtree is its
 * parent object, costs the largest). A field missing here gets the defaults, pessimistic for
 * lists; a module may also put `@Extensions({ cost, maxItems })` on its own field instead.
 */
export const COST_HINTS: CostHints = {
  // Searching reads every unit of the scope (or of `level` in it); a plain page counts its range.
  'Query.units': {
    items: 20,
    cost: (args, context) =>
      typeof args.search === 'string' && args.search.trim() ? context.unitsBelow(args.parent, args.level ?? 'ANY') : 50,
  },
  // The unit it names is known: `children` below it count the real subtree (unit-counts.ts).
  'Query.unit': { opensUnit: (args) => (typeof args.code === 'string' ? args.code : null) },
  'Query.campaigns': { items: 20 },
  'Query.ranking': { items: 20, cost: subtree(PER_UNIT_READ) },
  'Query.reportingStatus': { items: 20, cost: subtree(PER_UNIT_READ) },
  'Query.savedQueries': { items: 20, cost: 5 },
  'Query.queryHistory': { items: 20, cost: 5 },
  // Each child is a row read and an object resolved: 1, beside its fields.
  'Unit.children': { items: MAX_CHILDREN, perItem: 1, childrenOfParent: true },
  'Unit.progress': { cost: 6 },
  'Unit.ancestors': { items: 4, cost: 15 },
  'Unit.history': { items: historyDays, cost: 5 },
  'Unit.completeness': { cost: 50 },
  // Reads every hamlet below its unit, one seek each; the unit is known only when it runs.
  'Unit.shortfalls': { items: 10, cost: MAX_SCANNED_UNITS },
};
