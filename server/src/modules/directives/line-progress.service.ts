import { filesReport, markDoneRefusal, TASK_KIND_RULES, type IsoDate, type ReportLevel } from '@chitieu/shared';
import { appError } from '../../core/errors';
import type { Db } from '../../db/sql';
import type { AuditService } from '../audit/audit.service';
import { assertCanWorkOnLine, type Writer } from './directive-access';
import { failIfAny, LIMITS } from './directive-input';
import type { LineRef } from './directive-lookup';
import type { FiledReportRow, UpdateRow } from './directive.rows';
import type { DirectiveStore } from './directive.store';

export interface NewUpdate {
  text: string;
  /** 0..1; required on DUE_BY and REPORT_BY lines, optional on ONGOING ones. */
  percent: number | null;
  /** Default: today on the business clock. */
  date: IsoDate | null;
}

/**
 * What assignees do on their lines: dated progress updates and the DONE mark (unlinked lines
 * only: a line tied to the target moves with the tallies alone), and filed reports.
 */
export class LineProgressService {
  constructor(
    private readonly sql: Db,
    private readonly store: DirectiveStore,
    private readonly audit: AuditService,
  ) {}

  async postUpdate(ref: LineRef, input: NewUpdate, writer: Writer): Promise<UpdateRow> {
    this.assertUnlinked(ref, writer);
    const date = this.checkDate(ref, input.date ?? writer.today, writer);
    const text = input.text.trim();
    const needsPercent = TASK_KIND_RULES[ref.task.kind].updateNeedsPercent;
    failIfAny([
      ...(text.length === 0 || text.length > LIMITS.updateText
        ? [
            {
              field: 'text',
              messageVi: `Nội dung cập nhật cần từ 1 đến ${LIMITS.updateText} ký tự.`,
              messageEn: `An update needs 1 to ${LIMITS.updateText} characters of text.`,
            },
          ]
        : []),
      ...(input.percent === null && needsPercent
        ? [
            {
              field: 'percent',
              messageVi: 'Cần tỷ lệ hoàn thành (0 đến 1).',
              messageEn: 'Give the percent done (0 to 1).',
            },
          ]
        : []),
      ...(input.percent !== null && !(input.percent >= 0 && input.percent <= 1)
        ? [
            {
              field: 'percent',
              messageVi: 'Tỷ lệ hoàn thành phải từ 0 đến 1.',
              messageEn: 'The percent done must be from 0 to 1.',
            },
          ]
        : []),
    ]);
    return await this.insert(ref, { date, percent: input.percent, done: false, text }, writer, 'directive.update.post');
  }

  async markDone(
    ref: LineRef,
    input: { text: string | null; date: IsoDate | null },
    writer: Writer,
  ): Promise<UpdateRow> {
    this.assertUnlinked(ref, writer);
    const refusal = markDoneRefusal(ref.task.kind);
    if (refusal) throw appError('BAD_USER_INPUT', refusal.vi, refusal.en);
    const date = this.checkDate(ref, input.date ?? writer.today, writer);
    const text = input.text?.trim() || 'Đã hoàn thành.';
    if (text.length > LIMITS.updateText) throw appError('BAD_USER_INPUT', 'Nội dung quá dài.', 'The text is too long.');
    return await this.insert(ref, { date, percent: 1, done: true, text }, writer, 'directive.line.done');
  }

  /** Who may file, on which line, for which date: checked before the report is generated. */
  assertCanFile(ref: LineRef, asOf: IsoDate, writer: Writer): void {
    assertCanWorkOnLine(writer, ref.line, ref.assignee);
    if (!filesReport(ref.task.kind)) {
      throw appError(
        'BAD_USER_INPUT',
        `Nhiệm vụ ${ref.task.number} không phải nhiệm vụ báo cáo.`,
        `Task ${ref.task.number} is not a report task.`,
      );
    }
    if (asOf > writer.today) {
      throw appError(
        'BAD_USER_INPUT',
        `Không thể nộp báo cáo số liệu đến ngày ${asOf} (sau hôm nay, ${writer.today}).`,
        `Cannot file a report as of ${asOf}, after today (${writer.today}).`,
      );
    }
  }

  /** Keeps a report's snapshot; the REPORT_BY line is DONE from the business date it is filed. */
  async fileReport(
    ref: LineRef,
    report: { asOf: IsoDate; level: ReportLevel; snapshot: unknown },
    writer: Writer,
  ): Promise<FiledReportRow> {
    this.assertCanFile(ref, report.asOf, writer);
    return await this.sql.tx(async () => {
      const filedAt = new Date().toISOString();
      const insertedId = await this.sql.insert(
        `INSERT INTO directive_report (line_id, as_of, level, filed_on, filed_at, user_id, filed_by, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ref.line.id,
        report.asOf,
        report.level,
        writer.today,
        filedAt,
        writer.actor.userId,
        writer.actor.username,
        JSON.stringify(report.snapshot),
      );
      await this.audit.record(writer.actor, [
        {
          action: 'directive.report.file',
          unitId: ref.line.unit.id,
          unitPath: ref.line.unit.path,
          campaignId: ref.directive.campaignId,
          field: `${ref.directive.number}#${ref.task.number}`,
          newValue: { assignee: ref.assignee, asOf: report.asOf, level: report.level, filedOn: writer.today },
        },
      ]);
      return (await this.store.reportsOf([ref.line.id])).get(ref.line.id)!.find((r) => r.id === insertedId)!;
    });
  }

  private assertUnlinked(ref: LineRef, writer: Writer): void {
    assertCanWorkOnLine(writer, ref.line, ref.assignee);
    if (ref.task.linkedTarget) {
      throw appError(
        'BAD_USER_INPUT',
        'Nhiệm vụ này theo dõi theo chỉ tiêu: tiến độ lấy từ số liệu báo cáo, không đánh dấu tay.',
        'This line tracks the target: its progress comes from the tallies and is never ticked by hand.',
      );
    }
  }

  private checkDate(ref: LineRef, date: IsoDate, writer: Writer): IsoDate {
    if (date > writer.today)
      throw appError(
        'BAD_USER_INPUT',
        `Ngày ${date} sau hôm nay (${writer.today}).`,
        `${date} is after today (${writer.today}).`,
      );
    if (date < ref.directive.issuedDate) {
      throw appError(
        'BAD_USER_INPUT',
        `Ngày ${date} trước ngày ban hành văn bản (${ref.directive.issuedDate}).`,
        `${date} is before the directive was issued (${ref.directive.issuedDate}).`,
      );
    }
    return date;
  }

  private async insert(
    ref: LineRef,
    u: { date: IsoDate; percent: number | null; done: boolean; text: string },
    writer: Writer,
    action: string,
  ): Promise<UpdateRow> {
    return await this.sql.tx(async () => {
      const insertedId = await this.sql.insert(
        `INSERT INTO directive_update (line_id, date, percent, done, text, user_id, author, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ref.line.id,
        u.date,
        u.percent,
        u.done ? 1 : 0,
        u.text,
        writer.actor.userId,
        writer.actor.username,
        new Date().toISOString(),
      );
      await this.audit.record(writer.actor, [
        {
          action,
          unitId: ref.line.unit.id,
          unitPath: ref.line.unit.path,
          campaignId: ref.directive.campaignId,
          field: `${ref.directive.number}#${ref.task.number}`,
          newValue: { assignee: ref.assignee, ...u },
        },
      ]);
      return (await this.store.updatesOf([ref.line.id])).get(ref.line.id)!.find((x) => x.id === insertedId)!;
    });
  }
}
