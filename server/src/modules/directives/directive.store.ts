import { ancestorPaths, type IsoDate, type Level } from '@chitieu/shared';
import { type Db, chunks, placeholders } from '../../db/sql';
import { pathRangeEnd, type UnitRow } from '../units/unit.service';
import {
  DIRECTIVE_COLUMNS,
  LINE_COLUMNS,
  REPORT_COLUMNS,
  TASK_COLUMNS,
  UPDATE_COLUMNS,
  toDirective,
  toLine,
  toTask,
  toUpdate,
  type DirectiveRow,
  type FiledReportRow,
  type FlatLine,
  type LineRow,
  type TaskRow,
  type UpdateRow,
} from './directive.rows';

type RawDirective = Omit<DirectiveRow, 'attachments'> & { attachments: string };

/**
 * Reads of directives, tasks, lines, updates and filed reports. Every list read takes many ids at
 * once (the loaders batch them), so a directive with 339 lines is a handful of statements.
 */
export class DirectiveStore {
  constructor(private readonly sql: Db) {}

  async byId(id: number): Promise<DirectiveRow | undefined> {
    const row = await this.sql.get<RawDirective>(`SELECT ${DIRECTIVE_COLUMNS} FROM directive d WHERE d.id = ?`, id);
    return row && toDirective(row);
  }

  async byIds(ids: readonly number[]): Promise<DirectiveRow[]> {
    if (ids.length === 0) return [];
    return (
      await this.sql.all<RawDirective>(
        `SELECT ${DIRECTIVE_COLUMNS} FROM directive d WHERE d.id IN (${placeholders(ids.length)})`,
        ...ids,
      )
    ).map(toDirective);
  }

  /** Every directive with this number, whoever issued it (numbers are unique per issuer only). */
  async byNumber(number: string): Promise<DirectiveRow[]> {
    return (
      await this.sql.all<RawDirective>(
        `SELECT ${DIRECTIVE_COLUMNS} FROM directive d WHERE d.number = ? ORDER BY d.id`,
        number,
      )
    ).map(toDirective);
  }

  async byIssuerAndNumber(
    issuerUnitId: number,
    issuerAgencyId: number | null,
    number: string,
  ): Promise<DirectiveRow | undefined> {
    const row = await this.sql.get<RawDirective>(
      `SELECT ${DIRECTIVE_COLUMNS} FROM directive d WHERE d.issuer_unit_id = ? AND COALESCE(d.issuer_agency_id, 0) = ? AND d.number = ?`,
      issuerUnitId,
      issuerAgencyId ?? 0,
      number,
    );
    return row && toDirective(row);
  }

  /**
   * Directives with this number issued on the issuer's path: by one of its units above, by the
   * unit itself (any of its bodies), or by a unit below it.
   */
  async sameNumberOnPath(number: string, issuerPath: string): Promise<DirectiveRow[]> {
    const above = ancestorPaths(issuerPath);
    const orAbove = above.length > 0 ? ` OR iu.path IN (${placeholders(above.length)})` : '';
    return (
      await this.sql.all<RawDirective>(
        `SELECT ${DIRECTIVE_COLUMNS} FROM directive d JOIN unit iu ON iu.id = d.issuer_unit_id
       WHERE d.number = ? AND ((iu.path >= ? AND iu.path < ?)${orAbove}) ORDER BY d.id`,
        number,
        issuerPath,
        pathRangeEnd(issuerPath),
        ...above,
      )
    ).map(toDirective);
  }

  /**
   * Directives a scope may see, latest first: issued inside it, or with a line for a unit inside
   * it (an official sees the letters that give their commune a task).
   */
  async visibleIn(scopePath: string): Promise<DirectiveRow[]> {
    return (
      await this.sql.all<RawDirective>(
        `SELECT ${DIRECTIVE_COLUMNS} FROM directive d JOIN unit iu ON iu.id = d.issuer_unit_id
       WHERE (iu.path >= ? AND iu.path < ?)
          OR EXISTS (SELECT 1 FROM directive_task t JOIN directive_line l ON l.task_id = t.id JOIN unit u ON u.id = l.unit_id
                     WHERE t.directive_id = d.id AND t.removed_at IS NULL AND l.removed_at IS NULL AND u.path >= ? AND u.path < ?)
       ORDER BY d.issued_date DESC, d.id DESC`,
        scopePath,
        pathRangeEnd(scopePath),
        scopePath,
        pathRangeEnd(scopePath),
      )
    ).map(toDirective);
  }

  /** True when a scope may see the directive (same rule as visibleIn). */
  async isVisibleIn(directiveId: number, scopePath: string): Promise<boolean> {
    return Boolean(
      await this.sql.get(
        `SELECT 1 FROM directive d JOIN unit iu ON iu.id = d.issuer_unit_id
       WHERE d.id = ? AND ((iu.path >= ? AND iu.path < ?)
          OR EXISTS (SELECT 1 FROM directive_task t JOIN directive_line l ON l.task_id = t.id JOIN unit u ON u.id = l.unit_id
                     WHERE t.directive_id = d.id AND t.removed_at IS NULL AND l.removed_at IS NULL AND u.path >= ? AND u.path < ?))`,
        directiveId,
        scopePath,
        pathRangeEnd(scopePath),
        scopePath,
        pathRangeEnd(scopePath),
      ),
    );
  }

  /** The units of one level below a unit, in tree order (the rows of a report). */
  async unitsAtLevel(path: string, level: Level): Promise<UnitRow[]> {
    return (
      await this.sql.all<UnitRow>(
        `SELECT id, code, name, type, level, parent_id AS parentId, path, synthetic, population, hamlet_count AS hamletCount
       FROM unit WHERE level = ? AND path >= ? AND path < ? ORDER BY path`,
        level,
        path,
        pathRangeEnd(path),
      )
    ).map((u) => ({ ...u, synthetic: Boolean(u.synthetic) }));
  }

  /** The tasks (not removed) of many directives, by number. */
  async tasksOf(directiveIds: readonly number[]): Promise<Map<number, TaskRow[]>> {
    const out = new Map<number, TaskRow[]>(directiveIds.map((id) => [id, []]));
    if (directiveIds.length === 0) return out;
    const rows = await this.sql.all<Omit<TaskRow, 'linkedTarget'> & { linkedTarget: number }>(
      `SELECT ${TASK_COLUMNS} FROM directive_task t WHERE t.directive_id IN (${placeholders(directiveIds.length)}) AND t.removed_at IS NULL ORDER BY t.number`,
      ...directiveIds,
    );
    for (const row of rows) out.get(row.directiveId)?.push(toTask(row));
    return out;
  }

  /** The lines (not removed, of tasks not removed) of many directives, with their units. */
  async linesOf(directiveIds: readonly number[]): Promise<Map<number, LineRow[]>> {
    const out = new Map<number, LineRow[]>(directiveIds.map((id) => [id, []]));
    if (directiveIds.length === 0) return out;
    const rows = await this.sql.all<FlatLine>(
      `SELECT ${LINE_COLUMNS} FROM directive_line l JOIN directive_task t ON t.id = l.task_id JOIN unit u ON u.id = l.unit_id
       WHERE t.directive_id IN (${placeholders(directiveIds.length)}) AND t.removed_at IS NULL AND l.removed_at IS NULL
       ORDER BY t.number, l.agency_id IS NULL, u.path, l.id`,
      ...directiveIds,
    );
    for (const row of rows) out.get(row.directiveId)?.push(toLine(row));
    return out;
  }

  /** Each line's latest update on or before asOf (latest date, then latest recorded). */
  async latestUpdates(lineIds: readonly number[], asOf: IsoDate): Promise<Map<number, UpdateRow>> {
    const out = new Map<number, UpdateRow>();
    for (const part of chunks(lineIds)) {
      const rows = await this.sql.all<Omit<UpdateRow, 'done'> & { done: number }>(
        `SELECT ${UPDATE_COLUMNS} FROM directive_update x
         WHERE x.line_id IN (${placeholders(part.length)}) AND x.date <= ?
           AND x.id = (SELECT y.id FROM directive_update y WHERE y.line_id = x.line_id AND y.date <= ? ORDER BY y.date DESC, y.id DESC LIMIT 1)`,
        ...part,
        asOf,
        asOf,
      );
      for (const row of rows) out.set(row.lineId, toUpdate(row));
    }
    return out;
  }

  /** The business date of each line's first filed report on or before asOf. */
  async firstFiledOn(lineIds: readonly number[], asOf: IsoDate): Promise<Map<number, IsoDate>> {
    const out = new Map<number, IsoDate>();
    for (const part of chunks(lineIds)) {
      const rows = await this.sql.all<{ lineId: number; filedOn: IsoDate }>(
        `SELECT line_id AS lineId, MIN(filed_on) AS filedOn FROM directive_report
         WHERE line_id IN (${placeholders(part.length)}) AND filed_on <= ? GROUP BY line_id`,
        ...part,
        asOf,
      );
      for (const row of rows) out.set(row.lineId, row.filedOn);
    }
    return out;
  }

  /** Every update of many lines, newest first. */
  async updatesOf(lineIds: readonly number[]): Promise<Map<number, UpdateRow[]>> {
    const out = new Map<number, UpdateRow[]>(lineIds.map((id) => [id, []]));
    for (const part of chunks(lineIds)) {
      const rows = await this.sql.all<Omit<UpdateRow, 'done'> & { done: number }>(
        `SELECT ${UPDATE_COLUMNS} FROM directive_update x WHERE x.line_id IN (${placeholders(part.length)}) ORDER BY x.date DESC, x.id DESC`,
        ...part,
      );
      for (const row of rows) out.get(row.lineId)?.push(toUpdate(row));
    }
    return out;
  }

  /** Every filed report of many lines, latest as-of first. */
  async reportsOf(lineIds: readonly number[]): Promise<Map<number, FiledReportRow[]>> {
    const out = new Map<number, FiledReportRow[]>(lineIds.map((id) => [id, []]));
    for (const part of chunks(lineIds)) {
      const rows = await this.sql.all<FiledReportRow>(
        `SELECT ${REPORT_COLUMNS} FROM directive_report r WHERE r.line_id IN (${placeholders(part.length)}) ORDER BY r.as_of DESC, r.id DESC`,
        ...part,
      );
      for (const row of rows) out.get(row.lineId)?.push(row);
    }
    return out;
  }

  /** The latest report of a line filed for a date before asOf: what a new report compares with. */
  async previousReport(lineId: number, asOf: IsoDate): Promise<FiledReportRow | undefined> {
    return await this.sql.get<FiledReportRow>(
      `SELECT ${REPORT_COLUMNS} FROM directive_report r WHERE r.line_id = ? AND r.as_of < ? ORDER BY r.as_of DESC, r.id DESC LIMIT 1`,
      lineId,
      asOf,
    );
  }
}
