import {
  childPath,
  foldVietnamese,
  isLeaf,
  LEAF_LEVEL,
  pathCodes,
  searchScorer,
  type Level,
  type UnitRecord,
} from '@chitieu/shared';
import { type Db, chunks, placeholders } from '../../db/sql';

/** A unit as the services pass it around (one row of `unit`). */
export type UnitRow = UnitRecord;

const COLUMNS = `id, code, name, type, level, parent_id AS parentId, path, synthetic, population, hamlet_count AS hamletCount`;

function toUnit(row: UnitRow): UnitRow {
  return { ...row, synthetic: Boolean(row.synthetic) };
}

/** The upper bound of a path prefix range: "/83/" → "/830" ("0" sorts right after "/"). */
export function pathRangeEnd(prefix: string): string {
  return `${prefix.slice(0, -1)}0`;
}

interface SearchCandidate {
  id: number;
  name: string;
  code: string;
  level: Level;
  path: string;
}

interface Ranked {
  id: number;
  path: string;
  score: number;
}

/** Best match first; among equal scores, by path. */
function byRank(a: Ranked, b: Ranked): number {
  return b.score - a.score || a.path.localeCompare(b.path);
}

/**
 * The first `count` of `ranked` in the order a stable sort by `byRank` gives, without sorting
 * them all: a search for "ap 1" scores thousands of units to show twenty.
 */
export function topRanked(ranked: readonly Ranked[], count: number): Ranked[] {
  if (count <= 0) return [];
  if (count * 8 >= ranked.length) return [...ranked].sort(byRank).slice(0, count);
  const top: Ranked[] = [];
  for (const r of ranked) {
    if (top.length === count && byRank(r, top[count - 1]!) >= 0) continue;
    // After every kept one that ranks the same or better: what a stable sort does with ties.
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byRank(r, top[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, r);
    if (top.length > count) top.pop();
  }
  return top;
}

export interface NewUnit {
  code: string;
  name: string;
  type: string;
  level: Level;
  parentCode: string | null;
  synthetic?: boolean;
  population?: number | null;
}

export interface UnitSearch {
  search?: string | null;
  level?: Level | null;
  /** Only units whose path starts with this (the viewer's scope, or a parent's path). */
  withinPath: string;
  first: number;
  offset: number;
}

/** The administrative tree: lookups by code, children, ancestors and search without diacritics. */
export class UnitService {
  constructor(private readonly sql: Db) {}

  async byCode(code: string): Promise<UnitRow | undefined> {
    const row = await this.sql.get<UnitRow>(`SELECT ${COLUMNS} FROM unit WHERE code = ?`, code);
    return row && toUnit(row);
  }

  async byId(id: number): Promise<UnitRow | undefined> {
    const row = await this.sql.get<UnitRow>(`SELECT ${COLUMNS} FROM unit WHERE id = ?`, id);
    return row && toUnit(row);
  }

  async byIds(ids: readonly number[]): Promise<UnitRow[]> {
    if (ids.length === 0) return [];
    return (
      await this.sql.all<UnitRow>(`SELECT ${COLUMNS} FROM unit WHERE id IN (${placeholders(ids.length)})`, ...ids)
    ).map(toUnit);
  }

  async byCodes(codes: readonly string[]): Promise<UnitRow[]> {
    if (codes.length === 0) return [];
    return (
      await this.sql.all<UnitRow>(`SELECT ${COLUMNS} FROM unit WHERE code IN (${placeholders(codes.length)})`, ...codes)
    ).map(toUnit);
  }

  async children(parentId: number): Promise<UnitRow[]> {
    return (await this.sql.all<UnitRow>(`SELECT ${COLUMNS} FROM unit WHERE parent_id = ? ORDER BY code`, parentId)).map(
      toUnit,
    );
  }

  /** `first` children from position `offset`, by code (a seek on the (parent_id, code) index). */
  async childrenWindow(parentId: number, first: number, offset: number): Promise<UnitRow[]> {
    return (
      await this.sql.all<UnitRow>(
        `SELECT ${COLUMNS} FROM unit WHERE parent_id = ? ORDER BY code LIMIT ? OFFSET ?`,
        parentId,
        first,
        offset,
      )
    ).map(toUnit);
  }

  /** The children of many parents in one statement, by parent id. */
  async childrenOfMany(parentIds: readonly number[]): Promise<Map<number, UnitRow[]>> {
    const out = new Map<number, UnitRow[]>(parentIds.map((id) => [id, []]));
    if (parentIds.length === 0) return out;
    const rows = await this.sql.all<UnitRow>(
      `SELECT ${COLUMNS} FROM unit WHERE parent_id IN (${placeholders(parentIds.length)}) ORDER BY code`,
      ...parentIds,
    );
    for (const row of rows) out.get(row.parentId!)?.push(toUnit(row));
    return out;
  }

  /** How many children each parent has, in one statement over the (parent_id, code) index: no rows are read. */
  async childCounts(parentIds: readonly number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>(parentIds.map((id) => [id, 0]));
    for (const part of chunks(parentIds)) {
      const rows = await this.sql.all<{ parentId: number; n: number }>(
        `SELECT parent_id AS parentId, COUNT(*) AS n FROM unit WHERE parent_id IN (${placeholders(part.length)}) GROUP BY parent_id`,
        ...part,
      );
      for (const row of rows) out.set(row.parentId, row.n);
    }
    return out;
  }

  async childCount(parentId: number): Promise<number> {
    return (await this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM unit WHERE parent_id = ?`, parentId))?.n ?? 0;
  }

  /** The units above this one, root first. */
  async ancestors(unit: UnitRow): Promise<UnitRow[]> {
    const codes = pathCodes(unit.path).slice(0, -1);
    const byCode = new Map((await this.byCodes(codes)).map((u) => [u.code, u]));
    return codes.map((code) => byCode.get(code)).filter((u): u is UnitRow => u !== undefined);
  }

  /** The hamlets below a unit (the unit itself if it is one). */
  async hamletsWithin(unit: UnitRow): Promise<UnitRow[]> {
    if (isLeaf(unit.level)) return [unit];
    return (
      await this.sql.all<UnitRow>(
        `SELECT ${COLUMNS} FROM unit WHERE level = ? AND path >= ? AND path < ? ORDER BY path`,
        LEAF_LEVEL,
        unit.path,
        pathRangeEnd(unit.path),
      )
    ).map(toUnit);
  }

  /**
   * Search by name without diacritics or by code, best match first (whole words, then higher
   * levels). Candidates are narrowed in SQL (every query word appears in the folded name), then
   * ranked with the shared scoring rule from their names, codes, levels and paths alone; only the
   * page's rows are read whole.
   */
  async search({
    search,
    level,
    withinPath,
    first,
    offset,
  }: UnitSearch): Promise<{ nodes: UnitRow[]; totalCount: number }> {
    const words = foldVietnamese(search ?? '')
      .split(' ')
      .filter(Boolean);
    const where = ['path >= ?', 'path < ?'];
    const params: unknown[] = [withinPath, pathRangeEnd(withinPath)];
    if (level) {
      where.push('level = ?');
      params.push(level);
    }
    if (words.length === 0) {
      // Every unit keeps its hamlet count: a page of the country's 85,000 hamlets need not count them.
      const kept =
        level && isLeaf(level)
          ? (await this.sql.get<{ n: number }>(`SELECT hamlet_count AS n FROM unit WHERE path = ?`, withinPath))?.n
          : undefined;
      const totalCount =
        kept ??
        (await this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM unit WHERE ${where.join(' AND ')}`, ...params))
          ?.n ??
        0;
      const nodes = (
        await this.sql.all<UnitRow>(
          `SELECT ${COLUMNS} FROM unit WHERE ${where.join(' AND ')} ORDER BY path LIMIT ? OFFSET ?`,
          ...params,
          first,
          offset,
        )
      ).map(toUnit);
      return { nodes, totalCount };
    }
    const byName = words.map(() => `search_name LIKE ? ESCAPE '\\'`).join(' AND ');
    // Below a root (the whole tree) every row is read: the same prefix, written so that SQLite
    // reads the table in order instead of seeking each row from the path index (a fifth faster).
    const root = pathCodes(withinPath).length === 1;
    const scope = root ? 'substr(path, 1, ?) = ?' : 'path >= ? AND path < ?';
    const scopeParams = root ? [withinPath.length, withinPath] : [withinPath, pathRangeEnd(withinPath)];
    // Only what the score and the order need: the rows of the page are read after, by id.
    const candidates = await this.sql.all<SearchCandidate>(
      `SELECT id, name, code, level, path FROM unit WHERE ${scope}${level ? ' AND level = ?' : ''} AND ((${byName}) OR code = ?)`,
      ...scopeParams,
      ...(level ? [level] : []),
      ...words.map((w) => `%${w}%`),
      search?.trim() ?? '',
    );
    const score = searchScorer(search ?? '');
    const ranked: Ranked[] = [];
    for (const unit of candidates) {
      const s = score(unit.name, unit.code, unit.level);
      if (s > 0) ranked.push({ id: unit.id, path: unit.path, score: s });
    }
    const ids = topRanked(ranked, offset + first)
      .slice(offset)
      .map((r) => r.id);
    const byId = new Map((await this.byIds(ids)).map((u) => [u.id, u]));
    return {
      nodes: ids.map((id) => byId.get(id)).filter((u): u is UnitRow => u !== undefined),
      totalCount: ranked.length,
    };
  }

  /**
   * Adds units, parents first (a parent may come earlier in the same list). Returns them by code.
   * Codes may not contain "/" or spaces: they are the steps of every path.
   */
  async insertMany(units: readonly NewUnit[]): Promise<Map<string, UnitRow>> {
    const created = new Map<string, UnitRow>();
    const insert = `INSERT INTO unit (code, name, type, level, parent_id, path, search_name, synthetic, population)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;
    for (const unit of units) {
      if (!/^[0-9A-Za-z._-]{1,32}$/.test(unit.code)) throw new RangeError(`Bad unit code "${unit.code}"`);
      const parent =
        unit.parentCode === null ? null : (created.get(unit.parentCode) ?? (await this.byCode(unit.parentCode)));
      if (unit.parentCode !== null && !parent)
        throw new RangeError(`Unknown parent "${unit.parentCode}" of "${unit.code}"`);
      const path = childPath(parent?.path ?? null, unit.code);
      const insertedId = await this.sql.insert(
        insert,
        unit.code,
        unit.name,
        unit.type,
        unit.level,
        parent?.id ?? null,
        path,
        foldVietnamese(unit.name),
        unit.synthetic ? 1 : 0,
        unit.population ?? null,
      );
      created.set(unit.code, {
        id: insertedId,
        code: unit.code,
        name: unit.name,
        type: unit.type,
        level: unit.level,
        parentId: parent?.id ?? null,
        path,
        synthetic: Boolean(unit.synthetic),
        population: unit.population ?? null,
        hamletCount: 0,
      });
    }
    await this.refreshHamletCounts();
    return created;
  }

  /** Recounts the hamlets below every unit (after the tree changed). */
  async refreshHamletCounts(): Promise<void> {
    await this.sql.run(
      `UPDATE unit SET hamlet_count = CASE WHEN level = ? THEN 1 ELSE
      (SELECT COUNT(*) FROM unit h WHERE h.level = ? AND h.path >= unit.path AND h.path < substr(unit.path, 1, length(unit.path) - 1) || '0') END`,
      LEAF_LEVEL,
      LEAF_LEVEL,
    );
  }
}
