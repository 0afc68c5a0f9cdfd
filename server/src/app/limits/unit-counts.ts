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
export function unitCounts(services: Services, viewer: Viewer | null): CostContext {
  const memo = new Map<string, number>();
  const count = (parent: unknown, level: unknown): number => {
    if (!viewer) return 1;
    const within = parent === null || parent === undefined ? services.units.byId(viewer.scopeUnitId) : typeof parent === 'string' ? services.units.byCode(parent) : undefined;
    if (!within) return 1;
    const wanted: Level | null = level === 'ANY' ? null : LEVELS.includes(level as Level) ? (level as Level) : (childLevel(within.level) ?? within.level);
    if (wanted === 'HAMLET') return within.level === 'HAMLET' ? 1 : within.hamletCount;
    const row = services.sql.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM (SELECT 1 FROM unit WHERE ${wanted ? 'level = ? AND ' : ''}path >= ? AND path < ? LIMIT ?)`,
      ...(wanted ? [wanted] : []), within.path, pathRangeEnd(within.path), MAX_SCANNED_UNITS + 1,
    );
    return row?.n ?? 0;
  };
  return {
    unitsBelow(parent, level) {
      const key = `${String(parent)}|${String(level)}`;
      let n = memo.get(key);
      if (n === undefined) {
        n = count(parent, level);
        memo.set(key, n);
      }
      return n;
    },
  };
}
