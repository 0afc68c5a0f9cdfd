import {
  checkTally,
  isIsoDate,
  isLeaf,
  pathCodes,
  replaceConflicts,
  type Counts,
  type IsoDate,
  type ReplacingReport,
  type TallyConflictCell,
  type TallyInput,
  type TallyProblem,
} from '@chitieu/shared';
import { appError, echo } from '../../core/errors';
import { chunks, placeholders, typedRows, type Db } from '../../db/sql';
import type { Actor, AuditService } from '../audit/audit.service';
import type { CampaignRow } from '../campaigns/campaign.service';
import type { UnitRow, UnitService } from '../units/unit.service';
import { applyRollupDeltas, ROWS_PER_STATEMENT, type RollupDelta } from './rollup';
import { ClaimedMeanwhile, TallySubmissions, type Submission } from './tally-submissions';
import type { ChangeFeed } from '../live/change-feed';

export interface RecordTalliesCommand {
  campaign: CampaignRow;
  date: IsoDate;
  /** Each with the report on record it replaces (replace-with-expected), if any. */
  reports: readonly ReplacingReport[];
  actor: Actor;
  /** Units the actor may write: a path prefix. */
  scopePath: string;
  today: IsoDate;
  /** The earliest date this actor may write (earliestReportDate in shared). */
  earliestDate: IsoDate;
  /** A queued save's client id and digest: a repeat gets the first answer (idempotent replay). */
  submission?: Submission;
}

/** What a save did: how many reports it saved, or, for a repeat of a save already made, that save's answer. */
export interface RecordTalliesOutcome {
  saved: number;
  date: IsoDate;
  replayed: boolean;
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

/** Reports that would replace reports their senders were not shown: nothing is saved. */
function conflictError(cells: readonly TallyConflictCell[]) {
  const hamlets = new Set(cells.map((c) => c.unit)).size;
  return appError(
    'CONFLICT',
    `Số liệu của ${hamlets} ấp đã được lưu khác đi trong lúc bạn nhập (có người khác lưu trước); không có gì được lưu. Xem số đã lưu ở từng ô, rồi lưu lại nếu vẫn muốn thay.`,
    `The figures of ${hamlets} hamlet(s) were saved differently while you were typing (someone saved first); nothing was saved. See the saved figure on each cell, then save again to replace it.`,
    [...cells],
  );
}

/**
 * Daily cumulative reports of hamlets. One call writes any set of hamlets for one date, all or
 * nothing, with the roll-ups of every unit above them and an audit event per hamlet, in one
 * transaction.
 */
export class TallyService {
  private readonly submissions: TallySubmissions;

  constructor(
    private readonly sql: Db,
    private readonly units: UnitService,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
  ) {
    this.submissions = new TallySubmissions(sql);
  }

  async record(cmd: RecordTalliesCommand): Promise<RecordTalliesOutcome> {
    const { submission } = cmd;
    // A repeat is answered before any rule of the day: the save it repeats passed them.
    const first = submission ? await this.submissions.first(submission) : null;
    if (first) return { ...first, replayed: true };
    try {
      const outcome = await this.write(cmd);
      // Committed: the open consoles of every scope above these hamlets are told.
      this.feed.publish({ kind: 'TALLIES', campaign: cmd.campaign.code, paths: outcome.paths });
      return outcome;
    } catch (error) {
      if (!(error instanceof ClaimedMeanwhile) || !submission) throw error;
      return { ...(await this.submissions.first(submission))!, replayed: true };
    }
  }

  private async write(cmd: RecordTalliesCommand): Promise<RecordTalliesOutcome & { paths: string[] }> {
    const { campaign, date, reports, actor, submission } = cmd;
    this.checkDate(cmd);
    const hamlets = await this.resolveHamlets(cmd);
    return await this.sql.tx(async () => {
      const around = await this.neighbours(
        campaign.id,
        [...hamlets.values()].map((h) => h.id),
        date,
      );
      const items = reports.map((report) => {
        const hamlet = hamlets.get(report.unit)!;
        return { hamlet, report, around: around.get(hamlet.id)! };
      });
      const conflicts: TallyConflictCell[] = items.flatMap(({ report, around }) =>
        replaceConflicts(report, around.onDate),
      );
      if (conflicts.length > 0) throw conflictError(conflicts);
      const problems: TallyProblem[] = [];
      for (const { report, around } of items)
        problems.push(...checkTally(report, { previous: around.previous, next: around.next }));
      if (problems.length > 0) {
        throw appError(
          'BAD_USER_INPUT',
          'Báo cáo có số liệu chưa hợp lệ; không có gì được lưu.',
          'Some figures are not valid; nothing was saved.',
          problems,
        );
      }
      // Claimed once every check has passed: a refused save keeps no id and writes nothing.
      if (submission) await this.submissions.claim(submission, { date, saved: reports.length });
      await this.writeDay(campaign, date, items, actor);
      return { saved: reports.length, date, replayed: false, paths: items.map((i) => i.hamlet.path) };
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
        const around = await this.neighbours(
          cmd.campaign.id,
          items.map((i) => i.hamlet.id),
          date,
        );
        const withNeighbours = items.map((i) => ({ ...i, around: around.get(i.hamlet.id)! }));
        await this.writeDay(cmd.campaign, date, withNeighbours, cmd.actor);
        saved += items.length;
      }
      await cmd.finish?.();
      return { saved };
    });
  }

  /**
   * The write of one day: upsert the reports, audit them, and move the roll-ups of every unit above,
   * each a statement for the whole day (or for each hundred hamlets of it).
   */
  private async writeDay(
    campaign: CampaignRow,
    date: IsoDate,
    items: ReadonlyArray<{ hamlet: HamletRef; report: TallyInput; around: Neighbours }>,
    actor: Actor,
  ): Promise<void> {
    const ancestorIds = await this.ancestorIds(items.map((i) => i.hamlet));
    const recordedAt = new Date().toISOString();
    const rows = items.map((i) => ({ ...i, reason: i.report.reason?.trim() || null }));
    for (const part of chunks(rows, ROWS_PER_STATEMENT)) {
      await this.sql.run(
        `INSERT INTO tally_report (campaign_id, unit_id, date, collected, activated, reason, user_id, recorded_at)
         VALUES ${part.map(() => `(${placeholders(8)})`).join(', ')}
         ON CONFLICT (campaign_id, unit_id, date) DO UPDATE SET collected = excluded.collected,
           activated = excluded.activated, reason = excluded.reason, user_id = excluded.user_id, recorded_at = excluded.recorded_at`,
        ...part.flatMap(({ hamlet, report, reason }) => [
          campaign.id,
          hamlet.id,
          date,
          report.collected,
          report.activated,
          reason,
          actor.userId,
          recordedAt,
        ]),
      );
    }
    await this.audit.record(
      actor,
      rows.map(({ hamlet, report, around: n, reason }) => ({
        action: n.onDate ? 'tally.replace' : 'tally.record',
        unitId: hamlet.id,
        unitPath: hamlet.path,
        campaignId: campaign.id,
        field: date,
        oldValue: n.onDate,
        newValue: { collected: report.collected, activated: report.activated },
        reason,
      })),
    );
    const deltas: RollupDelta[] = [];
    for (const { hamlet, report, around: n } of rows) {
      const before = n.onDate ?? n.previous ?? NO_COUNTS;
      for (const unitId of pathCodes(hamlet.path)
        .slice(0, -1)
        .map((code) => ancestorIds.get(code)!)) {
        deltas.push({
          unitId,
          from: date,
          until: n.next?.date ?? null,
          collected: report.collected - before.collected,
          activated: report.activated - before.activated,
          newReports: n.onDate ? 0 : 1,
        });
      }
    }
    await applyRollupDeltas(this.sql, campaign.id, deltas);
  }

  private checkDate({ date, today, earliestDate, campaign }: RecordTalliesCommand): void {
    if (!isIsoDate(date))
      throw appError(
        'BAD_USER_INPUT',
        `Ngày ${echo(date)} không hợp lệ (YYYY-MM-DD).`,
        `${echo(date)} is not a date (YYYY-MM-DD).`,
      );
    if (date > today) {
      throw appError(
        'BAD_USER_INPUT',
        `Không thể báo cáo cho ngày trong tương lai (${date}, hôm nay là ${today}).`,
        `Cannot report for a future date (${date}; today is ${today}).`,
      );
    }
    if (date < campaign.startDate) {
      throw appError(
        'BAD_USER_INPUT',
        `Ngày ${date} trước khi chiến dịch bắt đầu (${campaign.startDate}).`,
        `${date} is before the campaign started (${campaign.startDate}).`,
      );
    }
    if (date < earliestDate) {
      throw appError(
        'FORBIDDEN',
        `Chỉ được báo cáo từ ngày ${earliestDate}; ngày cũ hơn cần quản trị viên.`,
        `You may report from ${earliestDate} on; older dates need an administrator.`,
      );
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
      if (seen.has(unit))
        problem('Ấp này xuất hiện hai lần trong cùng báo cáo.', 'This hamlet appears twice in the same report.');
      else if (!hamlet) problem(`Không có đơn vị mã ${echo(unit)}.`, `No unit has the code ${echo(unit)}.`);
      else if (!isLeaf(hamlet.level))
        problem('Chỉ nhập số liệu cho ấp, khu phố.', 'Tallies are entered for hamlets only.');
      seen.add(unit);
    }
    if (problems.length > 0)
      throw appError(
        'BAD_USER_INPUT',
        'Báo cáo nêu đơn vị không hợp lệ; không có gì được lưu.',
        'The report names units that are not valid; nothing was saved.',
        problems,
      );
    const outside = [...found.values()].filter((u) => !u.path.startsWith(scopePath));
    if (outside.length > 0) {
      const codes = outside.map((u) => u.code).join(', ');
      throw appError(
        'FORBIDDEN',
        `Bạn không được nhập số liệu cho đơn vị ngoài phạm vi của mình (${codes}).`,
        `You may not report for units outside your scope (${codes}).`,
      );
    }
    return found;
  }

  /**
   * Each hamlet's reports around `date` — the latest before it, the one on it, the first after it —
   * in one statement for a hundred hamlets: the dates wanted (`date`, and the two next to it that
   * the key finds per hamlet), then the reports on them, each a seek.
   */
  private async neighbours(
    campaignId: number,
    unitIds: readonly number[],
    date: IsoDate,
  ): Promise<Map<number, Neighbours>> {
    const out = new Map<number, Neighbours>(unitIds.map((id) => [id, { previous: null, onDate: null, next: null }]));
    for (const part of chunks(unitIds, ROWS_PER_STATEMENT)) {
      const rows = await this.sql.all<Counts & { unitId: number; date: string }>(
        `WITH ids(value) AS (VALUES ${typedRows(part.length, ['INTEGER'])}),
         wanted(unit_id, date) AS (
           SELECT value, CAST(? AS TEXT) FROM ids
           UNION ALL SELECT value, (SELECT MAX(p.date) FROM tally_report p WHERE p.campaign_id = ? AND p.unit_id = ids.value AND p.date < ?) FROM ids
           UNION ALL SELECT value, (SELECT MIN(n.date) FROM tally_report n WHERE n.campaign_id = ? AND n.unit_id = ids.value AND n.date > ?) FROM ids
         )
         SELECT r.unit_id AS unitId, r.date, r.collected, r.activated
         FROM tally_report r WHERE r.campaign_id = ? AND (r.unit_id, r.date) IN (SELECT unit_id, date FROM wanted)`,
        ...part,
        date,
        campaignId,
        date,
        campaignId,
        date,
        campaignId,
      );
      for (const { unitId, date: on, collected, activated } of rows) {
        const n = out.get(Number(unitId))!;
        if (on < date) n.previous = { date: on, collected, activated };
        else if (on > date) n.next = { date: on, collected, activated };
        else n.onDate = { collected, activated };
      }
    }
    return out;
  }

  private async ancestorIds(hamlets: Iterable<HamletRef>): Promise<Map<string, number>> {
    const codes = new Set<string>();
    for (const h of hamlets) for (const code of pathCodes(h.path).slice(0, -1)) codes.add(code);
    return new Map((await this.units.byCodes([...codes])).map((u) => [u.code, u.id]));
  }
}
