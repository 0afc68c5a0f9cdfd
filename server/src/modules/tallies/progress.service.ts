import {
  addDays,
  assessProgress,
  dateRange,
  isLeaf,
  LEAF_LEVEL,
  paceWindowEnd,
  RECENT_PACE_DAYS,
  type Counts,
  type IsoDate,
  type ProgressAssessment,
} from '@chitieu/shared';
import { appError } from '../../core/errors';
import { type Db, idsFrom, idsJoin } from '../../db/sql';
import { weekBeforePaceEnd } from './pace-window';
import type { CampaignRow } from '../campaigns/campaign.service';
import type { TargetService } from '../targets/target.service';
import { pathRangeEnd, type UnitRow } from '../units/unit.service';

export interface UnitProgress extends ProgressAssessment {
  unitId: number;
  asOf: IsoDate;
  target: number;
  current: Counts;
}

export interface HistoryPoint extends Counts {
  date: IsoDate;
}

export interface Shortfall extends Counts {
  unitId: number;
  target: number;
  needed: number;
}

export interface Completeness {
  date: IsoDate;
  hamletsReported: number;
  hamletsTotal: number;
  communesReported: number;
  communesTotal: number;
}

const ZERO: Counts = { collected: 0, activated: 0 };

/**
 * A unit's target, its counts in force on a date, the day of those counts (its subtree's latest
 * report on or before the date, null before any) and its counts a week before that day.
 */
interface Standing {
  target: number;
  now: Counts;
  latestReported: IsoDate | null;
  weekAgo: Counts;
}
/**
 * The most hamlets shortfalls ranks (every province has fewer; the whole country has 85,000):
 * two seeks each, about 25 ms here, so that the query limits' price for the field holds.
 */
export const MAX_SHORTFALL_HAMLETS = 10_000;
/** Up to this many units, counts are read with one seek each rather than one batched statement. */
const FEW_UNITS = 4;

/** Hamlets keep their reports; every unit above keeps its roll-up. Same shape, two tables. */
function seriesTable(unit: Pick<UnitRow, 'level'>): 'tally_report' | 'tally_rollup' {
  return isLeaf(unit.level) ? 'tally_report' : 'tally_rollup';
}

/**
 * Reads of progress. Every read is an index seek into a unit's own series (a hamlet's reports or
 * an ancestor's roll-up), never a scan of the hamlets below, so a province costs what a hamlet
 * costs. Batched: progress of many units is a handful of statements whatever their number.
 */
export class ProgressService {
  constructor(
    private readonly sql: Db,
    private readonly targets: TargetService,
  ) {}

  /**
   * Each unit's cumulative counts in force on `date` (its latest values on or before it): one
   * statement per series table whatever the number of units. The unit list drives the join
   * (CROSS JOIN keeps SQLite from reordering it), so each unit costs one primary-key seek.
   */
  async countsAt(campaignId: number, units: readonly UnitRow[], date: IsoDate): Promise<Map<number, Counts>> {
    const out = new Map<number, Counts>(units.map((u) => [u.id, ZERO]));
    if (units.length <= FEW_UNITS) {
      // One unit (a unit page, the resolver of a single progress field): the seek alone, without
      // building and parsing a JSON list of ids. Same answer, a third of the time.
      for (const unit of units) {
        const row = await this.sql.get<Counts>(
          `SELECT collected, activated FROM ${seriesTable(unit)} WHERE campaign_id = ? AND unit_id = ? AND date <= ? ORDER BY date DESC LIMIT 1`,
          campaignId,
          unit.id,
          date,
        );
        if (row) out.set(unit.id, { collected: row.collected, activated: row.activated });
      }
      return out;
    }
    for (const table of ['tally_report', 'tally_rollup'] as const) {
      const ids = units.filter((u) => seriesTable(u) === table).map((u) => u.id);
      if (ids.length === 0) continue;
      const rows = await this.sql.all<Counts & { unitId: number }>(
        `SELECT s.unit_id AS unitId, s.collected, s.activated
         FROM ${idsJoin(this.sql)} ${table} s
           ON s.campaign_id = ? AND s.unit_id = ids.value
          AND s.date = (SELECT MAX(x.date) FROM ${table} x WHERE x.campaign_id = ? AND x.unit_id = ids.value AND x.date <= ?)`,
        JSON.stringify(ids),
        campaignId,
        campaignId,
        date,
      );
      for (const row of rows) out.set(row.unitId, { collected: row.collected, activated: row.activated });
    }
    return out;
  }

  async progressOf(
    campaign: CampaignRow,
    units: readonly UnitRow[],
    asOf: IsoDate,
  ): Promise<Map<number, UnitProgress>> {
    const standings = await this.standingsOf(campaign.id, units, asOf);
    const out = new Map<number, UnitProgress>();
    for (const unit of units) {
      const { target, now, latestReported, weekAgo } = standings.get(unit.id)!;
      const paceEnd = paceWindowEnd(latestReported, asOf);
      const assessment = assessProgress({ target, current: now, weekAgo, asOf, paceEnd, deadline: campaign.deadline });
      out.set(unit.id, { ...assessment, unitId: unit.id, asOf, target, current: now });
    }
    return out;
  }

  /**
   * Each unit's target, its counts in force on asOf with their date, and its counts a week before
   * the recent pace's window ends (asOf when that date is asOf, else the day before: paceWindowEnd). A roll-up has a row on every day with a
   * report below it and only then, so the seek for the counts also finds that day: still one seek
   * per date. A few units: their seeks one by one. A list (a district's communes): one statement
   * per series table, the unit list driving the joins, so a unit costs its index seeks and the
   * whole list one statement.
   */
  private async standingsOf(
    campaignId: number,
    units: readonly UnitRow[],
    asOf: IsoDate,
  ): Promise<Map<number, Standing>> {
    if (units.length <= FEW_UNITS) {
      const targets = await this.targets.targetsOf(
        campaignId,
        units.map((u) => u.id),
      );
      const out = new Map<number, Standing>();
      for (const unit of units) {
        const seek = (date: IsoDate) =>
          this.sql.get<Counts & { date: IsoDate }>(
            `SELECT date, collected, activated FROM ${seriesTable(unit)} WHERE campaign_id = ? AND unit_id = ? AND date <= ? ORDER BY date DESC LIMIT 1`,
            campaignId,
            unit.id,
            date,
          );
        const now = await seek(asOf);
        const before = now ? await seek(addDays(paceWindowEnd(now.date, asOf), -RECENT_PACE_DAYS)) : undefined;
        out.set(unit.id, {
          target: targets.get(unit.id) ?? 0,
          now: now ? { collected: now.collected, activated: now.activated } : ZERO,
          latestReported: now?.date ?? null,
          weekAgo: before ? { collected: before.collected, activated: before.activated } : ZERO,
        });
      }
      return out;
    }
    const out = new Map<number, Standing>();
    for (const table of ['tally_report', 'tally_rollup'] as const) {
      const ids = units.filter((u) => seriesTable(u) === table).map((u) => u.id);
      if (ids.length === 0) continue;
      const weekBefore = weekBeforePaceEnd('c.date', asOf);
      const inForce = (
        alias: string,
        until: string,
      ) => `LEFT JOIN ${table} ${alias} ON ${alias}.campaign_id = ? AND ${alias}.unit_id = ids.value
        AND ${alias}.date = (SELECT MAX(x.date) FROM ${table} x WHERE x.campaign_id = ? AND x.unit_id = ids.value AND x.date <= ${until})`;
      const rows = await this.sql.all<{
        unitId: number;
        target: number | null;
        date: IsoDate | null;
        collected: number | null;
        activated: number | null;
        weekCollected: number | null;
        weekActivated: number | null;
      }>(
        `SELECT ids.value AS unitId, t.target, c.date, c.collected, c.activated, w.collected AS weekCollected, w.activated AS weekActivated
         FROM ${idsFrom(this.sql)}
         LEFT JOIN target t ON t.campaign_id = ? AND t.unit_id = ids.value
         ${inForce('c', '?')}
         ${inForce('w', weekBefore.sql)}`,
        JSON.stringify(ids),
        campaignId,
        campaignId,
        campaignId,
        asOf,
        campaignId,
        campaignId,
        ...weekBefore.params,
      );
      for (const row of rows) {
        out.set(Number(row.unitId), {
          target: row.target ?? 0,
          now: row.collected === null ? ZERO : { collected: row.collected, activated: row.activated! },
          latestReported: row.date,
          weekAgo: row.weekCollected === null ? ZERO : { collected: row.weekCollected, activated: row.weekActivated! },
        });
      }
    }
    return out;
  }

  /** One point per day from `from` to `to`, cumulative, carrying the last value over days without a change. */
  async history(campaign: CampaignRow, unit: UnitRow, from: IsoDate, to: IsoDate): Promise<HistoryPoint[]> {
    if (to < from) return [];
    const rows = await this.sql.all<HistoryPoint>(
      `SELECT date, collected, activated FROM ${seriesTable(unit)} WHERE campaign_id = ? AND unit_id = ? AND date <= ? ORDER BY date`,
      campaign.id,
      unit.id,
      to,
    );
    const points: HistoryPoint[] = [];
    let i = 0;
    let value: Counts = ZERO;
    for (const date of dateRange(from, to)) {
      while (i < rows.length && rows[i]!.date <= date) value = rows[i++]!;
      points.push({ date, collected: value.collected, activated: value.activated });
    }
    return points;
  }

  /**
   * The hamlets below a unit that still need the most activations to reach their targets. SQLite
   * ranks them and keeps the first `first`: per hamlet one seek for its target and one for its
   * activations in force (no row leaves SQLite but the answer); the counts of those few are then
   * read whole. A country's 85,000 hamlets cost what their seeks cost, nothing in JavaScript.
   */
  async shortfalls(campaign: CampaignRow, unit: UnitRow, asOf: IsoDate, first: number): Promise<Shortfall[]> {
    if (unit.hamletCount > MAX_SHORTFALL_HAMLETS) {
      throw appError(
        'BAD_USER_INPUT',
        `Danh sách ấp còn thiếu chỉ xét tối đa ${MAX_SHORTFALL_HAMLETS.toLocaleString('vi-VN')} ấp; hãy chọn một tỉnh hoặc đơn vị nhỏ hơn.`,
        `Shortfalls rank at most ${MAX_SHORTFALL_HAMLETS.toLocaleString('en-US')} hamlets; choose a province or a smaller unit.`,
      );
    }
    const ranked = (
      await this.sql.all<{ unitId: number; target: number; needed: number }>(
        `SELECT unitId, target, needed FROM (
         SELECT h.id AS unitId, t.target, t.target - COALESCE((SELECT x.activated FROM tally_report x
           WHERE x.campaign_id = t.campaign_id AND x.unit_id = h.id AND x.date <= ? ORDER BY x.date DESC LIMIT 1), 0) AS needed
         FROM unit h JOIN target t ON t.campaign_id = ? AND t.unit_id = h.id
         WHERE h.level = ? AND h.path >= ? AND h.path < ?) hamlets
       ORDER BY needed DESC, unitId LIMIT ?`,
        asOf,
        campaign.id,
        LEAF_LEVEL,
        unit.path,
        pathRangeEnd(unit.path),
        first,
      )
    ).filter((r) => r.needed > 0); // last in that order: filtering in SQL would seek each hamlet twice
    if (ranked.length === 0) return [];
    const counts = await this.countsAt(
      campaign.id,
      ranked.map((r) => ({ id: r.unitId, level: LEAF_LEVEL }) as UnitRow),
      asOf,
    );
    return ranked.map((r) => ({
      unitId: r.unitId,
      target: r.target,
      needed: r.needed,
      ...(counts.get(r.unitId) ?? ZERO),
    }));
  }

  /** Who reported on one date: hamlets with a report that day, communes whose every hamlet did. */
  async completeness(campaign: CampaignRow, unit: UnitRow, date: IsoDate): Promise<Completeness> {
    if (isLeaf(unit.level)) {
      const reported = (await this.sql.get(
        `SELECT 1 FROM tally_report WHERE campaign_id = ? AND unit_id = ? AND date = ?`,
        campaign.id,
        unit.id,
        date,
      ))
        ? 1
        : 0;
      return { date, hamletsReported: reported, hamletsTotal: 1, communesReported: 0, communesTotal: 0 };
    }
    const own = await this.sql.get<{ n: number }>(
      `SELECT hamlets_reported AS n FROM tally_rollup WHERE campaign_id = ? AND unit_id = ? AND date = ?`,
      campaign.id,
      unit.id,
      date,
    );
    const communes = await this.sql.get<{ total: number; reported: number }>(
      `SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN r.hamlets_reported >= c.hamlet_count AND c.hamlet_count > 0 THEN 1 ELSE 0 END), 0) AS reported
       FROM unit c LEFT JOIN tally_rollup r ON r.campaign_id = ? AND r.unit_id = c.id AND r.date = ?
       WHERE c.level = 'COMMUNE' AND c.path >= ? AND c.path < ?`,
      campaign.id,
      date,
      unit.path,
      pathRangeEnd(unit.path),
    );
    return {
      date,
      hamletsReported: own?.n ?? 0,
      hamletsTotal: unit.hamletCount,
      communesReported: communes?.reported ?? 0,
      communesTotal: communes?.total ?? 0,
    };
  }
}
