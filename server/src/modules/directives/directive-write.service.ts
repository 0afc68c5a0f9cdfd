import { normalizeDirectiveNumber, optionalText, optionalTextChange } from '@chitieu/shared';
import { appError, echo } from '../../core/errors';
import type { Db } from '../../db/sql';
import type { AuditService } from '../audit/audit.service';
import type { CampaignService } from '../campaigns/campaign.service';
import type { AgencyService, Body } from './agency.service';
import { bodyCode, bodyName } from './agency.service';
import { assertCanManage, type Writer } from './directive-access';
import type { DirectiveFields } from '@chitieu/shared';
import { checkHeader, failIfAny, type NewTask } from './directive-input';
import type { DirectiveRow } from './directive.rows';
import type { DirectiveStore } from './directive.store';
import type { TaskWriteService } from './task-write.service';

export interface NewDirective extends DirectiveFields {
  /** Code of the issuing body: a unit (its People's Committee) or an agency. */
  issuer: string;
  tasks: NewTask[];
}

/**
 * Creating and editing directives. A new directive and all its tasks and lines are one
 * transaction: any problem (a deadline before the issue date, an unknown assignee, a unit outside
 * the issuer's scope) writes nothing. A duplicate number for the same issuer is a CONFLICT.
 */
export class DirectiveWriteService {
  constructor(
    private readonly sql: Db,
    private readonly store: DirectiveStore,
    private readonly agencies: AgencyService,
    private readonly campaigns: CampaignService,
    private readonly tasks: TaskWriteService,
    private readonly audit: AuditService,
  ) {}

  async create(sent: NewDirective, writer: Writer): Promise<DirectiveRow> {
    const input = { ...sent, summary: optionalText(sent.summary, ''), fullText: optionalText(sent.fullText, '') };
    const issuer = await this.agencies.bodyByCode(input.issuer);
    if (!issuer)
      throw appError(
        'BAD_USER_INPUT',
        `Không có cơ quan ban hành mã ${echo(input.issuer)}.`,
        `No issuing body has the code ${echo(input.issuer)}.`,
      );
    assertCanManage(writer, issuer.unit);
    const number = normalizeDirectiveNumber(input.number);
    const campaignId = await this.campaignId(input.campaign);
    failIfAny(checkHeader(input));
    this.checkIssuedDate(input.issuedDate, writer);
    await this.assertNumberFree(issuer, number, null);
    const tasks = await this.tasks.prepare(
      null,
      { issuedDate: input.issuedDate, hasCampaign: campaignId !== null },
      issuer,
      input.tasks,
    );
    return await this.sql.tx(async () => {
      await this.assertNumberFree(issuer, number, null); // again, inside: another writer may have taken it meanwhile
      const now = new Date().toISOString();
      const insertedId = await this.sql.insert(
        `INSERT INTO directive (number, kind, issuer_unit_id, issuer_agency_id, signer_title, signer_name, issued_date, title, summary,
           full_text, campaign_id, status, attachments, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        number,
        input.kind,
        issuer.unit.id,
        issuer.agency?.id ?? null,
        input.signerTitle.trim(),
        input.signerName?.trim() || null,
        input.issuedDate,
        input.title.trim(),
        input.summary,
        input.fullText,
        campaignId,
        input.status,
        JSON.stringify(input.attachments),
        now,
        now,
      );
      const directive = (await this.store.byId(insertedId))!;
      await this.audit.record(writer.actor, [
        {
          action: 'directive.create',
          unitId: issuer.unit.id,
          unitPath: issuer.unit.path,
          campaignId,
          field: number,
          newValue: { ...input, number, issuer: bodyCode(issuer), tasks: input.tasks.length, fullText: undefined },
        },
      ]);
      for (const task of tasks) await this.tasks.insert(directive, issuer, task, writer);
      return directive;
    });
  }

  async update(directive: DirectiveRow, patch: Partial<DirectiveFields>, writer: Writer): Promise<DirectiveRow> {
    const issuer = await this.tasks.issuerOf(directive);
    assertCanManage(writer, issuer.unit);
    failIfAny(checkHeader(patch));
    const number = patch.number !== undefined ? normalizeDirectiveNumber(patch.number) : directive.number;
    const campaignId = patch.campaign !== undefined ? await this.campaignId(patch.campaign) : directive.campaignId;
    const issuedDate = patch.issuedDate ?? directive.issuedDate;
    if (patch.issuedDate !== undefined) this.checkIssuedDate(issuedDate, writer);
    if (number !== directive.number) await this.assertNumberFree(issuer, number, directive.id);
    await this.checkTasksStillFit(directive, issuedDate, campaignId);
    const next: DirectiveRow = {
      ...directive,
      number,
      campaignId,
      issuedDate,
      kind: patch.kind ?? directive.kind,
      status: patch.status ?? directive.status,
      title: patch.title?.trim() ?? directive.title,
      summary: optionalTextChange(patch.summary, '') ?? directive.summary,
      fullText: optionalTextChange(patch.fullText, '') ?? directive.fullText,
      attachments: patch.attachments ?? directive.attachments,
      signerTitle: patch.signerTitle?.trim() ?? directive.signerTitle,
      signerName: patch.signerName !== undefined ? patch.signerName?.trim() || null : directive.signerName,
      updatedAt: new Date().toISOString(),
    };
    return await this.sql.tx(async () => {
      if (number !== directive.number) await this.assertNumberFree(issuer, number, directive.id);
      await this.sql.run(
        `UPDATE directive SET number = ?, kind = ?, signer_title = ?, signer_name = ?, issued_date = ?, title = ?, summary = ?, full_text = ?,
           campaign_id = ?, status = ?, attachments = ?, updated_at = ? WHERE id = ?`,
        next.number,
        next.kind,
        next.signerTitle,
        next.signerName,
        next.issuedDate,
        next.title,
        next.summary,
        next.fullText,
        next.campaignId,
        next.status,
        JSON.stringify(next.attachments),
        next.updatedAt,
        directive.id,
      );
      const changed = EDITABLE.filter((k) => JSON.stringify(directive[k]) !== JSON.stringify(next[k]));
      await this.audit.record(writer.actor, [
        {
          action: 'directive.update',
          unitId: issuer.unit.id,
          unitPath: issuer.unit.path,
          campaignId: next.campaignId,
          field: directive.number,
          oldValue: pick(directive, changed),
          newValue: pick(next, changed),
        },
      ]);
      return next;
    });
  }

  private async campaignId(code: string | null): Promise<number | null> {
    if (code === null || code === '') return null;
    const campaign = await this.campaigns.byCode(code);
    if (!campaign)
      throw appError('BAD_USER_INPUT', `Không có chiến dịch ${echo(code)}.`, `No campaign has the code ${echo(code)}.`);
    return campaign.id;
  }

  private checkIssuedDate(date: string, writer: Writer): void {
    if (date > writer.today) {
      throw appError(
        'BAD_USER_INPUT',
        `Ngày ban hành ${date} sau hôm nay (${writer.today}).`,
        `The issue date ${date} is after today (${writer.today}).`,
      );
    }
  }

  /**
   * A number is the issuer's own, and also not used on the issuer's path (by a unit above or
   * below it): whoever sees two letters of one number sees both issuers on one path, so
   * `directive(number:)` and the export URL without an issuer stay unambiguous for them. Sibling
   * units may repeat a number (every UBND huyện numbers its own 45/KH-UBND); only users above both
   * see both, and they name the issuer.
   */
  private async assertNumberFree(issuer: Body, number: string, exceptId: number | null): Promise<void> {
    const existing = await this.store.byIssuerAndNumber(issuer.unit.id, issuer.agency?.id ?? null, number);
    if (existing && existing.id !== exceptId) {
      throw appError(
        'CONFLICT',
        `Cơ quan này đã có văn bản số ${number}.`,
        `This issuer already has a directive numbered ${number}.`,
      );
    }
    const onPath = (await this.store.sameNumberOnPath(number, issuer.unit.path)).find((d) => d.id !== exceptId);
    if (onPath) {
      const other = await this.agencies.bodyOf(onPath.issuerUnitId, onPath.issuerAgencyId);
      const who = `${bodyName(other)} (${bodyCode(other)})`;
      throw appError(
        'CONFLICT',
        `Số ${number} đã dùng cho văn bản của ${who}, đơn vị cấp trên hoặc cấp dưới của cơ quan ban hành: những người xem được cả hai sẽ không phân biệt được. Hãy dùng số khác.`,
        `The number ${number} is already used by a directive of ${who}, above or below the issuer: people who see both could not tell them apart. Use another number.`,
      );
    }
  }

  /** A new issue date must not pass any task's deadline; dropping the campaign unlinks nothing silently. */
  private async checkTasksStillFit(
    directive: DirectiveRow,
    issuedDate: string,
    campaignId: number | null,
  ): Promise<void> {
    const tasks = (await this.store.tasksOf([directive.id])).get(directive.id) ?? [];
    const early = tasks.filter((t) => t.deadline !== null && t.deadline < issuedDate);
    failIfAny(
      early.map((t) => ({
        field: 'issuedDate',
        messageVi: `Nhiệm vụ ${t.number} có hạn ${t.deadline} trước ngày ban hành ${issuedDate}.`,
        messageEn: `Task ${t.number} is due ${t.deadline}, before the issue date ${issuedDate}.`,
      })),
    );
    if (campaignId === null && tasks.some((t) => t.linkedTarget)) {
      throw appError(
        'BAD_USER_INPUT',
        'Có nhiệm vụ gắn với chỉ tiêu: không thể bỏ chiến dịch.',
        'Some tasks track the target: the campaign cannot be removed.',
      );
    }
  }
}

const EDITABLE = [
  'number',
  'kind',
  'signerTitle',
  'signerName',
  'issuedDate',
  'title',
  'summary',
  'fullText',
  'campaignId',
  'status',
  'attachments',
] as const;

function pick(row: DirectiveRow, keys: ReadonlyArray<(typeof EDITABLE)[number]>): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}
