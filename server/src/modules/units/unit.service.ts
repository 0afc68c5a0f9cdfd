import { childPath, foldVietnamese, pathCodes, searchScore, type Level } from '@chitieu/shared';
import { chunks, Sql } from '../../db/sql';

/** A unit as the services pass it around (one row of `unit`). */
export interface UnitRow {
  id: number;
  code: string;
  name: string;
  type: string;
  level: Level;
  parentId: number | null;
  path: string;
  synthetic: boolean;
  population: number | null;
  hamletCount: number;
}

const COLUMNS = `id, code, name, type, level, parent_id AS parentId, path, synthetic, population, hamlet_count AS hamletCount`;

function toUnit(row: UnitRow): UnitRow {
  return { ...row, synthetic: Boolean(row.synthetic) };
}

/** The upper bound of a path prefix range: "/83/" → "/830" ("0" sorts right after "/"). */
export function pathRangeEnd(prefix: string): string {
  return `${prefix.slice(0, -1)}0`;
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
  constructor(private readonly sql: Sql) {}

  byCode(code: string): UnitRow | undefined {
    const row = this.sql.get<UnitRow>(`SELECT ${COLUMNS} FROM unit WHERE code = ?`, code);
    return row && toUnit(row);
  }

  byId(id: number): UnitRow | undefined {
    const row = this.sql.get<UnitRow>(`SELECT ${COLUMNS} FROM unit WHERE id = ?`, id);
    return row && toUnit(row);
  }

  byIds(ids: readonly number[]): UnitRow[] {
    if (ids.length === 0) return [];
    return this.sql.all<UnitRow>(`SELECT ${COLUMNS} FROM unit WHERE id IN (${Sql.placeholders(ids.length)})`, ...ids).map(toUnit);
  }

  byCodes(codes: readonly string[]): UnitRow[] {
    if (codes.length === 0) return [];
    return this.sql.all<UnitRow>(`SELECT ${COLUMNS} FROM unit WHERE code IN (${Sql.placeholders(codes.length)})`, ...codes).map(toUnit);
  }

  children(parentId: number): UnitRow[] {
    return this.sql.all<UnitRow>(`SELECT ${COLUMNS} FROM unit WHERE parent_id = ? ORDER BY code`, parentId).map(toUnit);
  }

  /** The children of many parents in one statement, by parent id. */
  childrenOfMany(parentIds: readonly number[]): Map<number, UnitRow[]> {
    const out = new Map<number, UnitRow[]>(parentIds.map((id) => [id, []]));
    if (parentIds.length === 0) return out;
    const rows = this.sql.all<UnitRow>(`SELECT ${COLUMNS} FROM unit WHERE parent_id IN (${Sql.placeholders(parentIds.length)}) ORDER BY code`, ...parentIds);
    for (const row of rows) out.get(row.parentId!)?.push(toUnit(row));
    return out;
  }

  /** How many children each parent has, in one statement over the (parent_id, code) index: no rows are read. */
  childCounts(parentIds: readonly number[]): Map<number, number> {
    const out = new Map<number, number>(parentIds.map((id) => [id, 0]));
    for (const part of chunks(parentIds)) {
      const rows = this.sql.all<{ parentId: number; n: number }>(
        `SELECT parent_id AS parentId, COUNT(*) AS n FROM unit WHERE parent_id IN (${Sql.placeholders(part.length)}) GROUP BY parent_id`, ...part,
      );
      for (const row of rows) out.set(row.parentId, row.n);
    }
    return out;
  }

  childCount(parentId: number): number {
    return this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM unit WHERE parent_id = ?`, parentId)?.n ?? 0;
  }

  /** The units above this one, root first. */
  ancestors(unit: UnitRow): UnitRow[] {
    const codes = pathCodes(unit.path).slice(0, -1);
    const byCode = new Map(this.byCodes(codes).map((u) => [u.code, u]));
    return codes.map((code) => byCode.get(code)).filter((u): u is UnitRow => u !== undefined);
  }

  /** The hamlets below a unit (the unit itself if it is one). */
  hamletsWithin(unit: UnitRow): UnitRow[] {
    if (unit.level === 'HAMLET') return [unit];
    return this.sql
      .all<UnitRow>(`SELECT ${COLUMNS} FROM unit WHERE level = 'HAMLET' AND path >= ? AND path < ? ORDER BY path`, unit.path, pathRangeEnd(unit.path))
      .map(toUnit);
  }

  /**
   * Search by name without diacritics or by code, best match first (whole words, then higher
   * levels). Candidates are narrowed in SQL (every query word appears in the folded name), then
   * ranked with the shared scoring rule.
   */
  search({ search, level, withinPath, first, offset }: UnitSearch): { nodes: UnitRow[]; totalCount: number } {
    const words = foldVietnamese(search ?? '').split(' ').filter(Boolean);
    const where = ['path >= ?', 'path < ?'];
    const params: unknown[] = [withinPath, pathRangeEnd(withinPath)];
    if (level) {
      where.push('level = ?');
      params.push(level);
    }
    if (words.length === 0) {
      // Every unit keeps its hamlet count: a page of the country's 85,000 hamlets need not count them.
      const kept = level === 'HAMLET' ? this.sql.get<{ n: number }>(`SELECT hamlet_count AS n FROM unit WHERE path = ?`, withinPath)?.n : undefined;
      const totalCount = kept ?? this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM unit WHERE ${where.join(' AND ')}`, ...params)?.n ?? 0;
      const nodes = this.sql
        .all<UnitRow>(`SELECT ${COLUMNS} FROM unit WHERE ${where.join(' AND ')} ORDER BY path LIMIT ? OFFSET ?`, ...params, first, offset)
        .map(toUnit);
      return { nodes, totalCount };
    }
    const byName = words.map(() => `search_name LIKE ? ESCAPE '\\'`).join(' AND ');
    const candidates = this.sql
      .all<UnitRow>(
        `SELECT ${COLUMNS} FROM unit WHERE ${where.join(' AND ')} AND ((${byName}) OR code = ?)`,
        ...params,
        ...words.map((w) => `%${w}%`),
        search?.trim() ?? '',
      )
      .map(toUnit);
    const ranked = candidates
      .map((unit) => ({ unit, score: searchScore(search ?? '', unit.name, unit.code, unit.level) }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || a.unit.path.localeCompare(b.unit.path));
    return { nodes: ranked.slice(offset, offset + first).map((r) => r.unit), totalCount: ranked.length };
  }

  /**
   * Adds units, parents first (a parent may come earlier in the same list). Returns them by code.
   * Codes may not contain "/" or spaces: they are the steps of every path.
   */
  insertMany(units: readonly NewUnit[]): Map<string, UnitRow> {
    const created = new Map<string, UnitRow>();
    const insert = `INSERT INTO unit (code, name, type, level, parent_id, path, search_name, synthetic, population)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;
    for (const unit of units) {
      if (!/^[0-9A-Za-z._-]{1,32}$/.test(unit.code)) throw new RangeError(`Bad unit code "${unit.code}"`);
      const parent = unit.parentCode === null ? null : (created.get(unit.parentCode) ?? this.byCode(unit.parentCode));
      if (unit.parentCode !== null && !parent) throw new RangeError(`Unknown parent "${unit.parentCode}" of "${unit.code}"`);
      const path = childPath(parent?.path ?? null, unit.code);
      const { lastInsertRowid } = this.sql.run(
        insert, unit.code, unit.name, unit.type, unit.level, parent?.id ?? null, path, foldVietnamese(unit.name), unit.synthetic ? 1 : 0, unit.population ?? null,
      );
      created.set(unit.code, {
        id: Number(lastInsertRowid), code: unit.code, name: unit.name, type: unit.type, level: unit.level, parentId: parent?.id ?? null,
        path, synthetic: Boolean(unit.synthetic), population: unit.population ?? null, hamletCount: 0,
      });
    }
    this.refreshHamletCounts();
    return created;
  }

  /** Recounts the hamlets below every unit (after the tree changed). */
  refreshHamletCounts(): void {
    this.sql.run(`UPDATE unit SET hamlet_count = CASE WHEN level = 'HAMLET' THEN 1 ELSE
      (SELECT COUNT(*) FROM unit h WHERE h.level = 'HAMLET' AND h.path >= unit.path AND h.path < substr(unit.path, 1, length(unit.path) - 1) || '0') END`);
  }
}
