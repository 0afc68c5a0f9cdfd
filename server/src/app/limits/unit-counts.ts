import { childLevel, LEVELS, type Level } from '@chitieu/shared';
import type { Viewer } from '../../modules/access/viewer';
import { pathRangeEnd } from '../../modules/units/unit.service';
import type { Services } from '../context';
import type { CostContext } from './cost';
import { MAX_SCANNED_UNITS } from './cost-hints';

/**
 * The sizes of the subtrees a request's lists would read, for the cost estimate: a hamlet count is
 * kept on every unit; other levels are counted (an index range, stopped past the largest allowed).
 * `parent` defaults to the viewer's scope and `level` to the level below it, as the lists do;
 * "ANY" counts every level (a search). A parent that does not exist, or no viewer, reads nothing
 * (the resolver refuses first). Each size is looked up once per request.
 */
export async function withUnitCounts<T>(services: Services, viewer: Viewer | null, compute: (sizes: CostContext) => T): Promise<T> {
  const memo = new Map<string, number>();
  const wanted = new Map<string, [unknown, unknown]>();
  const count = async (parent: unknown, level: unknown): Promise<number> => {
    if (!viewer) return 1;
    const within = parent === null || parent === undefined ? await services.units.byId(viewer.scopeUnitId) : typeof parent === 'string' ? await services.units.byCode(parent) : undefined;
    if (!within) return 1;
    const below: Level | null = level === 'ANY' ? null : LEVELS.includes(level as Level) ? (level as Level) : (childLevel(within.level) ?? within.level);
    if (below === 'HAMLET') return within.level === 'HAMLET' ? 1 : within.hamletCount;
    const row = await services.sql.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM (SELECT 1 FROM unit WHERE ${below ? 'level = ? AND ' : ''}path >= ? AND path < ? LIMIT ?) AS scanned`,
      ...(below ? [below] : []), within.path, pathRangeEnd(within.path), MAX_SCANNED_UNITS + 1,
    );
    return Number(row?.n ?? 0);
  };
  const sizes: CostContext = {
    unitsBelow(parent, level) {
      const key = `${String(parent)}|${String(level)}`;
      const n = memo.get(key);
      if (n !== undefined) return n;
      wanted.set(key, [parent, level]);
      return 1;
    },
  };
  // The estimate is synchronous: a first pass names the sizes it needs, they are counted, and the
  // next pass has them all (arguments never depend on a size, so two passes suffice).
  for (;;) {
    const result = compute(sizes);
    if (wanted.size === 0) return result;
    for (const [key, [parent, level]] of wanted) memo.set(key, await count(parent, level));
    wanted.clear();
  }
}
