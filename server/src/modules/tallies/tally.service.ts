import { addDays, checkTally, isIsoDate, pathCodes, type Counts, type IsoDate, type TallyInput, type TallyProblem } from '@chitieu/shared';
import { appError } from '../../app/errors';
import type { Db } from '../../db/sql';
import type { Actor, AuditService } from '../audit/audit.service';
import type { CampaignRow } from '../campaigns/campaign.service';
import type { UnitRow, UnitService } from '../units/unit.service';
import { applyRollupDeltas, type RollupDelta } from './rollup';

export interface RecordTalliesCommand {
  campaign: CampaignRow;
  date: IsoDate;
  reports: readonly TallyInput[];
  actor: Actor;
  /** Units the actor may write: a path prefix. */
  scopePath: string;
  today: IsoDate;
  /** The earliest date this actor may write (officials: a few days back; admins: the start). */
  earliestDate: IsoDate;
}

/** What the write of a report needs of its hamlet. */
export type HamletRef = Pick<UnitRow, 'id' | 'path'>;

/** Checked reports of several days, for recordDays. */
export interface RecordDaysCommand {
  campaign: CampaignRow;
  days: ReadonlyArray<{ date: IsoDate; items: ReadonlyArray<{ hamlet: HamletRef; report: TallyInput }> }>;
  actor: Actor;
  guard?: () => Promise<void>;
  finish?: () => Promise<void>;
}

interface Neighbours {
  previous: (Counts & { date: string }) | null;
  onDate: Counts | null;
  next: (Counts & { date: string }) | null;
}

const NO_COUNTS: Counts = { collected: 0, activated: 0 };

/**
 * Daily cumulative reports of hamlets. One call writes any set of hamlets for one date, all or
 * nothing, with the roll-ups of every unit above them and an audit event per hamlet, in one
 * transaction.
 */
export class TallyService {
  constructor(
    private readonly sql: Db,
    private readonly units: UnitService,
    private readonly audit: AuditService,
  ) {}

  async record(cmd: RecordTalliesCommand): Promise<{ saved: number }> {
    const { campaign, date, reports, actor } = cmd;
    this.checkDate(cmd);
    const hamlets = await this.resolveHamlets(cmd);
    return await this.sql.tx(async () => {
      const items = [];
      for (const report of reports) {
        const hamlet = hamlets.get(report.unit)!;
        items.push({ hamlet, report, around: await this.neighbours(campaign.id, hamlet.id, date) });
      }
      const problems: TallyProblem[] = [];
      for (const { report, around } of items) problems.push(...checkTally(report, { previous: around.previous, next: around.next }));
      if (problems.length > 0) {
        throw appError('BAD_USER_INPUT', 'Báo cáo có số liệu chưa hợp lệ; không có gì được lưu.', 'Some figures are not valid; nothing was saved.', problems);
      }
      await this.writeDay(campaign, date, items, actor);
      return { saved: reports.length };
    });
  }

  /**
   * Writes reports of several days in ONE transaction, oldest day first, each day exactly as
   * record() writes it (reports, roll-ups, audit). The caller has checked the reports (the CSV
   * import checks a whole file against the series as it will stand); `guard` runs first inside
   * the transaction to make sure nothing it checked against has changed since, and `finish` last.
   */
  async recordDays(cmd: RecordDaysCommand): Promise<{ saved: number }> {
    const days = [...cmd.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return await this.sql.tx(async () => {
      await cmd.guard?.();
      let saved = 0;
      for (const { date, items } of days) {
        const withNeighbours = [];
        for (const i of items) withNeighbours.push({ ...i, around: await this.neighbours(cmd.campaign.id, i.hamlet.id, date) });
        await this.writeDay(cmd.campaign, date, withNeighbours, cmd.actor);
        saved += items.length;
      }
      await cmd.finish?.();
      return { saved };
    });
  }

  /** The write of one day: upsert each report, audit it, and move the roll-ups of every unit above. */
  private async writeDay(campaign: CampaignRow, date: IsoDate, items: ReadonlyArray<{ hamlet: HamletRef; report: TallyInput; around: Neighbours }>, actor: Actor): Promise<void> {
    const ancestorIds = await this.ancestorIds(items.map((i) => i.hamlet));
    const deltas: RollupDelta[] = [];
    for (const { hamlet, report, around: n } of items) {
      const before = n.onDate ?? n.previous ?? NO_COUNTS;
      const reason = report.reason?.trim() || null;
      await this.sql.run(
        `INSERT INTO tally_report (campaign_id, unit_id, date, collected, activated, reason, user_id, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (campaign_id, unit_id, date) DO UPDATE SET collected = excluded.collected,
           activated = excluded.activated, reason = excluded.reason, user_id = excluded.user_id, recorded_at = excluded.recorded_at`,
        campaign.id, hamlet.id, date, report.collected, report.activated, reason, actor.userId, new Date().toISOString(),
      );
      await this.audit.record(actor, [{
        action: n.onDate ? 'tally.replace' : 'tally.record',
        unitId: hamlet.id, unitPath: hamlet.path, campaignId: campaign.id, field: date,
        oldValue: n.onDate, newValue: { collected: report.collected, activated: report.activated }, reason,
      }]);
      for (const unitId of pathCodes(hamlet.path).slice(0, -1).map((code) => ancestorIds.get(code)!)) {
        deltas.push({
          unitId, from: date, until: n.next?.date ?? null,
          collected: report.collected - before.collected, activated: report.activated - before.activated,
          newReports: n.onDate ? 0 : 1,
        });
      }
    }
    await applyRollupDeltas(this.sql, campaign.id, deltas);
  }

  private checkDate({ date, today, earliestDate, campaign }: RecordTalliesCommand): void {
    if (!isIsoDate(date)) throw appError('BAD_USER_INPUT', `Ngày "${date}" không hợp lệ (YYYY-MM-DD).`, `"${date}" is not a date (YYYY-MM-DD).`);
    if (date > today) {
      throw appError('BAD_USER_INPUT', `Không thể báo cáo cho ngày trong tương lai (${date}, hôm nay là ${today}).`, `Cannot report for a future date (${date}; today is ${today}).`);
    }
    if (date < campaign.startDate) {
      throw appError('BAD_USER_INPUT', `Ngày ${date} trước khi chiến dịch bắt đầu (${campaign.startDate}).`, `${date} is before the campaign started (${campaign.startDate}).`);
    }
    if (date < earliestDate) {
      throw appError('FORBIDDEN', `Chỉ được báo cáo từ ngày ${earliestDate}; ngày cũ hơn cần quản trị viên.`, `You may report from ${earliestDate} on; older dates need an administrator.`);
    }
  }

  /** Every report must name a distinct hamlet inside the writer's scope; nothing is written otherwise. */
  private async resolveHamlets({ reports, scopePath }: RecordTalliesCommand): Promise<Map<string, UnitRow>> {
    const found = new Map((await this.units.byCodes([...new Set(reports.map((r) => r.unit))])).map((u) => [u.code, u]));
    const problems: TallyProblem[] = [];
    const seen = new Set<string>();
    for (const { unit } of reports) {
      const hamlet = found.get(unit);
      const problem = (vi: string, en: string) => problems.push({ unit, field: 'unit', messageVi: vi, messageEn: en });
      if (seen.has(unit)) problem('Ấp này xuất hiện hai lần trong cùng báo cáo.', 'This hamlet appears twice in the same report.');
      else if (!hamlet) problem(`Không có đơn vị mã "${unit}".`, `No unit has the code "${unit}".`);
      else if (hamlet.level !== 'HAMLET') problem('Chỉ nhập số liệu cho ấp, khu phố.', 'Tallies are entered for hamlets only.');
      seen.add(unit);
    }
    if (problems.length > 0) throw appError('BAD_USER_INPUT', 'Báo cáo nêu đơn vị không hợp lệ; không có gì được lưu.', 'The report names units that are not valid; nothing was saved.', problems);
    const outside = [...found.values()].filter((u) => !u.path.startsWith(scopePath));
    if (outside.length > 0) {
      const codes = outside.map((u) => u.code).join(', ');
      throw appError('FORBIDDEN', `Bạn không được nhập số liệu cho đơn vị ngoài phạm vi của mình (${codes}).`, `You may not report for units outside your scope (${codes}).`);
    }
    return found;
  }

  private async neighbours(campaignId: number, unitId: number, date: IsoDate): Promise<Neighbours> {
    const previous = await this.sql.get<Counts & { date: string }>(
      `SELECT date, collected, activated FROM tally_report WHERE campaign_id = ? AND unit_id = ? AND date < ? ORDER BY date DESC LIMIT 1`,
      campaignId, unitId, date,
    );
    const onDate = await this.sql.get<Counts>(
      `SELECT collected, activated FROM tally_report WHERE campaign_id = ? AND unit_id = ? AND date = ?`, campaignId, unitId, date,
    );
    const next = await this.sql.get<Counts & { date: string }>(
      `SELECT date, collected, activated FROM tally_report WHERE campaign_id = ? AND unit_id = ? AND date > ? ORDER BY date LIMIT 1`,
      campaignId, unitId, date,
    );
    return { previous: previous ?? null, onDate: onDate ?? null, next: next ?? null };
  }

  private async ancestorIds(hamlets: Iterable<HamletRef>): Promise<Map<string, number>> {
    const codes = new Set<string>();
    for (const h of hamlets) for (const code of pathCodes(h.path).slice(0, -1)) codes.add(code);
    return new Map((await this.units.byCodes([...codes])).map((u) => [u.code, u.id]));
  }

  /** The earliest date a writer of this role may report for. */
  static earliestDate(role: string, today: IsoDate, campaignStart: IsoDate, daysBack: number): IsoDate {
    return role === 'ADMIN' ? campaignStart : addDays(today, -daysBack);
  }
}
