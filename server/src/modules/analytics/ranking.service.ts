import {
  assessProgress,
  isLeaf,
  paceWindowEnd,
  rate,
  type Counts,
  type IsoDate,
  type Level,
  type ProgressState,
} from '@chitieu/shared';
import { appError } from '../../core/errors';
import { MAX_SCANNED_UNITS } from './scan-limit';
import { type Db } from '../../db/sql';
import { weekBeforePaceEnd } from '../tallies/pace-window';
import type { CampaignRow } from '../campaigns/campaign.service';
import type { UnitProgress } from '../tallies/progress.service';
import { pathRangeEnd, type UnitRow } from '../units/unit.service';

export const RANK_BY = ['COLLECTED_RATE', 'ACTIVATED_RATE', 'PERCENT_DONE', 'NEEDED'] as const;
export type RankBy = (typeof RANK_BY)[number];
export type RankOrder = 'HIGHEST_FIRST' | 'LOWEST_FIRST';

export interface RankingQuery {
  campaign: CampaignRow;
  /** Units at `level` at or below this one. */
  within: UnitRow;
  level: Level;
  by: RankBy;
  order: RankOrder;
  /** Only units in one of these states (null: all). */
  states: readonly ProgressState[] | null;
  asOf: IsoDate;
  first: number;
  offset: number;
}

export interface Ranked {
  rank: number;
  unit: UnitRow;
  progress: UnitProgress;
  value: number | null;
}

export const UNIT_COLUMNS = `u.id, u.code, u.name, u.type, u.level, u.parent_id AS parentId, u.path, u.synthetic, u.population, u.hamlet_count AS hamletCount`;

interface Row extends UnitRow {
  target: number;
  /** "date:collected:activated" in force on asOf, the date its latest report's (null before the first report). */
  now: string | null;
  /** "collected:activated" a week before that date (the recent pace's window, paceWindowEnd). */
  weekAgo: string | null;
}

function toUnit(row: Row): UnitRow {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    level: row.level,
    parentId: row.parentId,
    path: row.path,
    synthetic: Boolean(row.synthetic),
    population: row.population,
    hamletCount: row.hamletCount,
  };
}

/** The date of a packed "date:collected:activated" value, and its counts. */
function dated(packed: string | null): { date: IsoDate | null; counts: Counts } {
  if (packed === null) return { date: null, counts: counts(null) };
  return { date: packed.slice(0, 10), counts: counts(packed.slice(11)) };
}

function counts(packed: string | null): Counts {
  if (packed === null) return { collected: 0, activated: 0 };
  const colon = packed.indexOf(':');
  return { collected: Number(packed.slice(0, colon)), activated: Number(packed.slice(colon + 1)) };
}

/** A unit's counts in force on a date, packed in one value: one index seek per unit and date. */
export function latestCounts(
  series: 'tally_report' | 'tally_rollup',
  unitId = 'u.id',
  until = '?',
  withDate = false,
): string {
  const value = withDate ? `s.date || ':' || s.collected || ':' || s.activated` : `s.collected || ':' || s.activated`;
  return `(SELECT ${value} FROM ${series} s WHERE s.campaign_id = ? AND s.unit_id = ${unitId} AND s.date <= ${until} ORDER BY s.date DESC LIMIT 1)`;
}

/** The value a unit is ranked by, from its target and counts (the same figures its progress shows). */
export function rankValue(target: number, current: Counts, by: RankBy): number | null {
  switch (by) {
    case 'COLLECTED_RATE':
      return rate(current.collected, target);
    case 'ACTIVATED_RATE':
      return rate(current.activated, target);
    case 'PERCENT_DONE':
      return target > 0 ? Math.min(current.collected, current.activated) / target : null;
    case 'NEEDED':
      return target > 0 ? Math.max(0, target - Math.min(current.collected, current.activated)) : null;
  }
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders by value (no value last), then by code, so equal values keep a stable order. */
export function compareRanked(order: RankOrder) {
  return (
    a: { value: number | null; unit: { code: string } },
    b: { value: number | null; unit: { code: string } },
  ): number => {
    if (a.value === null || b.value === null)
      return a.value === b.value ? byCode(a.unit.code, b.unit.code) : a.value === null ? 1 : -1;
    const diff = order === 'HIGHEST_FIRST' ? b.value - a.value : a.value - b.value;
    return diff !== 0 ? diff : byCode(a.unit.code, b.unit.code);
  };
}

/**
 * Rankings and filtered lists of units by their progress. One statement reads every unit of the
 * level in the subtree with its target and its counts on asOf and a week before (an index seek
 * each into the unit's own series: the hamlet's reports or the roll-up of a unit above), then the
 * shared rules assess each, filter by state, sort and page.
 */
export class RankingService {
  constructor(private readonly sql: Db) {}

  async rank(q: RankingQuery): Promise<{ nodes: Ranked[]; totalCount: number }> {
    const series = isLeaf(q.level) ? 'tally_report' : 'tally_rollup';
    const id = q.campaign.id;
    // The week before the pace window's end (asOf once reported on asOf, else the day before): one seek each.
    const weekBefore = weekBeforePaceEnd('substr(b.now, 1, 10)', q.asOf);
    const rows = await this.sql.all<Row>(
      `SELECT b.*, ${latestCounts(series, 'b.id', weekBefore.sql)} AS weekAgo
       FROM (SELECT ${UNIT_COLUMNS}, COALESCE(t.target, 0) AS target, ${latestCounts(series, 'u.id', '?', true)} AS now
         FROM unit u LEFT JOIN target t ON t.campaign_id = ? AND t.unit_id = u.id
         WHERE u.level = ? AND u.path >= ? AND u.path < ?
         LIMIT ?) b`,
      id,
      ...weekBefore.params,
      id,
      q.asOf,
      id,
      q.level,
      q.within.path,
      pathRangeEnd(q.within.path),
      MAX_SCANNED_UNITS + 1,
    );
    if (rows.length > MAX_SCANNED_UNITS) {
      throw appError(
        'BAD_USER_INPUT',
        `Xếp hạng tối đa ${MAX_SCANNED_UNITS} đơn vị; hãy chọn đơn vị cha nhỏ hơn.`,
        `A ranking covers at most ${MAX_SCANNED_UNITS} units; choose a smaller parent.`,
      );
    }
    // Full assessments (dates, paces) only where needed: every unit when filtering by state, else the page.
    const wanted = q.states ? new Set(q.states) : null;
    const assess = (row: Row, current: Counts): UnitProgress => ({
      ...assessProgress({
        target: row.target,
        current,
        weekAgo: counts(row.weekAgo),
        asOf: q.asOf,
        paceEnd: paceWindowEnd(dated(row.now).date, q.asOf),
        deadline: q.campaign.deadline,
      }),
      unitId: row.id,
      asOf: q.asOf,
      target: row.target,
      current,
    });
    const ranked: Array<{
      row: Row;
      unit: { code: string };
      current: Counts;
      progress: UnitProgress | null;
      value: number | null;
    }> = [];
    for (const row of rows) {
      const current = dated(row.now).counts;
      const progress = wanted ? assess(row, current) : null;
      if (wanted && progress && !wanted.has(progress.state)) continue;
      ranked.push({ row, unit: row, current, progress, value: rankValue(row.target, current, q.by) });
    }
    ranked.sort(compareRanked(q.order));
    const nodes = ranked.slice(q.offset, q.offset + q.first).map((r, i): Ranked => ({
      rank: q.offset + i + 1,
      unit: toUnit(r.row),
      progress: r.progress ?? assess(r.row, r.current),
      value: r.value,
    }));
    return { nodes, totalCount: ranked.length };
  }
}
