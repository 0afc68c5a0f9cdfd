import { isLeaf, LEVELS, type Level } from '@chitieu/shared';
import { inScope, type Viewer } from '../../modules/access/viewer';
import { levelBelowUnit } from '../../modules/units/tree-shape';
import { pathRangeEnd } from '../../modules/units/unit.service';
import type { Services } from '../context';
import type { CostContext } from './cost';
import { MAX_SCANNED_UNITS } from '../../modules/analytics/scan-limit';
import { MAX_COUNTED_UNITS } from './cost-hints';

/** The ids of the units `depth` levels below the unit of id ? (a nested IN over unit(parent_id)). */
function idsAtDepth(depth: number): string {
  let sql = 'SELECT id FROM unit WHERE id = ?';
  for (let i = 0; i < depth; i++) sql = `SELECT id FROM unit WHERE parent_id IN (${sql})`;
  return sql;
}

/**
 * The sizes of the subtrees a request's lists would read, for the cost estimate: a hamlet count is
 * kept on every unit; other levels are counted (an index range, stopped past the largest allowed),
 * and the units some levels below one unit through the parent index (stopped past the cost limit).
 * `parent` defaults to the viewer's scope and `level` to the level below it, as the lists do;
 * "ANY" counts every level (a search). A unit that does not exist, or is outside the viewer's scope,
 * or no viewer, reads nothing (the resolver refuses first): the estimate, which every answer shows,
 * tells nobody the size of a subtree they may not read. Each size is looked up once per request.
 */
export async function withUnitCounts<T>(
  services: Services,
  viewer: Viewer | null,
  compute: (sizes: CostContext) => T,
): Promise<T> {
  const memo = new Map<string, number>();
  const wanted = new Map<string, () => Promise<number>>();
  const readable = async (code: unknown) => {
    if (!viewer) return undefined;
    const unit =
      code === null || code === undefined
        ? await services.units.byId(viewer.scopeUnitId)
        : typeof code === 'string'
          ? await services.units.byCode(code)
          : undefined;
    return unit && inScope(viewer, unit) ? unit : undefined;
  };
  const below = async (parent: unknown, level: unknown): Promise<number> => {
    const within = await readable(parent);
    if (!within) return 1;
    const at: Level | null =
      level === 'ANY'
        ? null
        : LEVELS.includes(level as Level)
          ? (level as Level)
          : (levelBelowUnit(within) ?? within.level);
    if (at !== null && isLeaf(at)) return isLeaf(within.level) ? 1 : within.hamletCount;
    const row = await services.sql.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM (SELECT 1 FROM unit WHERE ${at ? 'level = ? AND ' : ''}path >= ? AND path < ? LIMIT ?) AS scanned`,
      ...(at ? [at] : []),
      within.path,
      pathRangeEnd(within.path),
      MAX_SCANNED_UNITS + 1,
    );
    return Number(row?.n ?? 0);
  };
  const atDepth = async (code: string, depth: number): Promise<number> => {
    const root = await readable(code);
    if (!root) return 0;
    if (depth === 0) return 1;
    const row = await services.sql.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM (${idsAtDepth(depth)} LIMIT ?) AS counted`,
      root.id,
      MAX_COUNTED_UNITS,
    );
    return Number(row?.n ?? 0);
  };
  const lookup = (key: string, count: () => Promise<number>, unknown: number): number => {
    const n = memo.get(key);
    if (n !== undefined) return n;
    wanted.set(key, count);
    return unknown;
  };
  const sizes: CostContext = {
    unitsBelow: (parent, level) => lookup(`below|${String(parent)}|${String(level)}`, () => below(parent, level), 1),
    unitsAtDepth: (code, depth) => lookup(`depth|${code}|${depth}`, () => atDepth(code, depth), 1),
  };
  // The estimate is synchronous: a first pass names the sizes it needs, they are counted, and the
  // next pass has them all (neither arguments nor the sizes asked depend on a size, so two passes suffice).
  for (;;) {
    const result = compute(sizes);
    if (wanted.size === 0) return result;
    for (const [key, count] of wanted) memo.set(key, await count());
    wanted.clear();
  }
}
