import { isLeaf, type IsoDate, type Level } from '@chitieu/shared';
import { appError } from '../../core/errors';
import type { Db } from '../../db/sql';
import type { CampaignRow } from '../campaigns/campaign.service';
import { pathRangeEnd, type UnitRow } from '../units/unit.service';
import { MAX_SCANNED_UNITS } from './scan-limit';
import { UNIT_COLUMNS } from './ranking.service';

export interface ReportingQuery {
  campaign: CampaignRow;
  within: UnitRow;
  level: Level;
  date: IsoDate;
  /** true: only units that reported; false: only those that did not; null: all. */
  reported: boolean | null;
  first: number;
  offset: number;
}

export interface ReportingRow {
  unit: UnitRow;
  date: IsoDate;
  reported: boolean;
  hamletsReported: number;
  hamletsTotal: number;
  lastReportDate: IsoDate | null;
}

interface Row extends UnitRow {
  hamletsReported: number;
  lastReportDate: string | null;
}

/**
 * Who reported on a date, unit by unit: a hamlet when it sent its report that day, any unit above
 * when every hamlet below it did (the roll-up counts the hamlets that reported each day). One
 * statement for the whole level of the subtree, in tree order.
 */
export class ReportingService {
  constructor(private readonly sql: Db) {}

  async status(q: ReportingQuery): Promise<{ nodes: ReportingRow[]; totalCount: number }> {
    const hamlets = isLeaf(q.level);
    const series = hamlets ? 'tally_report' : 'tally_rollup';
    const id = q.campaign.id;
    const rows = await this.sql.all<Row>(
      `SELECT ${UNIT_COLUMNS}, ${hamlets ? '(CASE WHEN r.unit_id IS NOT NULL THEN 1 ELSE 0 END)' : 'COALESCE(r.hamlets_reported, 0)'} AS hamletsReported,
         (SELECT x.date FROM ${series} x WHERE x.campaign_id = ? AND x.unit_id = u.id AND x.date <= ?${hamlets ? '' : ' AND x.hamlets_reported > 0'}
          ORDER BY x.date DESC LIMIT 1) AS lastReportDate
       FROM unit u
       LEFT JOIN ${series} r ON r.campaign_id = ? AND r.unit_id = u.id AND r.date = ?
       WHERE u.level = ? AND u.path >= ? AND u.path < ?
       ORDER BY u.path
       LIMIT ?`,
      id,
      q.date,
      id,
      q.date,
      q.level,
      q.within.path,
      pathRangeEnd(q.within.path),
      MAX_SCANNED_UNITS + 1,
    );
    if (rows.length > MAX_SCANNED_UNITS) {
      throw appError(
        'BAD_USER_INPUT',
        `Danh sách tối đa ${MAX_SCANNED_UNITS} đơn vị; hãy chọn đơn vị cha nhỏ hơn.`,
        `A list covers at most ${MAX_SCANNED_UNITS} units; choose a smaller parent.`,
      );
    }
    const all = rows
      .map(({ hamletsReported, lastReportDate, ...unit }): ReportingRow => {
        const total = hamlets ? 1 : unit.hamletCount;
        return {
          unit: { ...unit, synthetic: Boolean(unit.synthetic) },
          date: q.date,
          reported: total > 0 && hamletsReported >= total,
          hamletsReported,
          hamletsTotal: total,
          lastReportDate,
        };
      })
      .filter((r) => q.reported === null || r.reported === q.reported);
    return { nodes: all.slice(q.offset, q.offset + q.first), totalCount: all.length };
  }
}
