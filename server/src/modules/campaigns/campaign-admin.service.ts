import {
  canManageCampaign,
  checkCampaign,
  isLeaf,
  MAX_REASON_LENGTH,
  type CampaignFields,
  type Principal,
} from '@chitieu/shared';
import { appError, errors } from '../../core/errors';
import type { Db } from '../../db/sql';
import type { Actor, AuditService } from '../audit/audit.service';
import type { TargetService } from '../targets/target.service';
import type { UnitRow, UnitService } from '../units/unit.service';
import type { CampaignRow, CampaignService } from './campaign.service';

export interface CampaignWrite {
  principal: Principal;
  actor: Actor;
}

/** Changes to a campaign: a field left out (or null) keeps its value. */
export type CampaignPatch = { [K in keyof CampaignFields]?: CampaignFields[K] | null } & { reason?: string | null };

const EDITABLE = ['name', 'description', 'collectedLabel', 'activatedLabel', 'startDate', 'deadline'] as const;

function invalid(problems: ReturnType<typeof checkCampaign>) {
  return appError(
    'BAD_USER_INPUT',
    'Thông tin chiến dịch chưa hợp lệ; không có gì được lưu.',
    'The campaign is not valid; nothing was saved.',
    problems.map((p) => ({ unit: null, ...p })),
  );
}

/**
 * Creating and changing campaigns: by an ADMIN whose scope holds the root unit, checked by the
 * shared rules, written with their audit events (one per changed field) and the root's target in
 * one transaction.
 */
export class CampaignAdminService {
  constructor(
    private readonly sql: Db,
    private readonly campaigns: CampaignService,
    private readonly units: UnitService,
    private readonly targets: TargetService,
    private readonly audit: AuditService,
  ) {}

  async create(fields: CampaignFields & { rootUnitCode: string }, by: CampaignWrite): Promise<CampaignRow> {
    const root = await this.rootFor(fields.rootUnitCode, by.principal);
    const problems = checkCampaign(fields);
    if (problems.length > 0) throw invalid(problems);
    try {
      return await this.sql.tx(async () => {
        if (
          (await this.campaigns.byCode(fields.code)) ||
          (await this.sql.get(`SELECT 1 FROM campaign WHERE code = ?`, fields.code))
        ) {
          throw appError(
            'CONFLICT',
            `Đã có chiến dịch mã "${fields.code}".`,
            `A campaign with the code "${fields.code}" exists.`,
          );
        }
        const { rootTarget, rootUnitCode: _code, ...rest } = fields;
        const campaign = await this.campaigns.insert({ ...rest, name: rest.name.trim(), rootUnitId: root.id });
        await this.audit.record(by.actor, [
          {
            action: 'campaign.create',
            unitId: root.id,
            unitPath: root.path,
            campaignId: campaign.id,
            field: campaign.code,
            newValue: { ...rest, rootUnit: root.code, rootTarget },
          },
        ]);
        await this.targets.setOwn({ campaign, unit: root, target: rootTarget, reason: null, actor: by.actor });
        return campaign;
      });
    } finally {
      this.campaigns.invalidate();
    }
  }

  async update(code: string, patch: CampaignPatch, by: CampaignWrite): Promise<CampaignRow> {
    const campaign = await this.campaigns.byCode(code);
    if (!campaign) throw errors.campaignNotFound(code);
    const root = (await this.units.byId(campaign.rootUnitId))!;
    if (!canManageCampaign(by.principal, root.path))
      throw errors.forbidden(`sửa chiến dịch ${code}`, `change campaign ${code}`);
    try {
      await this.sql.tx(async () => {
        const current = (await this.campaigns.all()).find((c) => c.id === campaign.id)!;
        const rootTarget = await this.targets.targetOf(campaign.id, root.id);
        const { reason: _reason, ...changes } = patch;
        const next: CampaignFields = { ...current, rootTarget, ...definedOnly(changes), code: current.code };
        const first =
          (
            await this.sql.get<{ d: string | null }>(
              `SELECT MIN(date) AS d FROM tally_report WHERE campaign_id = ?`,
              campaign.id,
            )
          )?.d ?? null;
        const problems = checkCampaign(next, first);
        // The reason goes into the audit with every changed field: as long as a tally's or a split's at most.
        if (patch.reason && patch.reason.length > MAX_REASON_LENGTH) {
          problems.push({
            field: 'reason',
            messageVi: `Lý do dài quá ${MAX_REASON_LENGTH} ký tự.`,
            messageEn: `The reason is longer than ${MAX_REASON_LENGTH} characters.`,
          });
        }
        if (problems.length > 0) throw invalid(problems);
        const changed = EDITABLE.filter((f) => next[f] !== current[f]);
        if (changed.length > 0) {
          await this.campaigns.update(campaign.id, next);
          await this.audit.record(
            by.actor,
            changed.map((f) => ({
              action: 'campaign.update',
              unitId: root.id,
              unitPath: root.path,
              campaignId: campaign.id,
              field: f,
              oldValue: current[f],
              newValue: next[f],
              reason: patch.reason ?? null,
            })),
          );
        }
        await this.targets.setOwn({
          campaign,
          unit: root,
          target: next.rootTarget,
          reason: patch.reason ?? null,
          actor: by.actor,
        });
      });
    } finally {
      this.campaigns.invalidate();
    }
    return (await this.campaigns.byCode(code))!;
  }

  private async rootFor(code: string, principal: Principal): Promise<UnitRow> {
    const root = await this.units.byCode(code);
    if (!root) throw errors.unitNotFound(code);
    if (!canManageCampaign(principal, root.path))
      throw errors.forbidden(`tạo chiến dịch cho đơn vị ${code}`, `create a campaign for unit ${code}`);
    if (isLeaf(root.level))
      throw appError(
        'BAD_USER_INPUT',
        'Chiến dịch không thể bắt đầu từ một ấp.',
        'A campaign cannot be rooted at a hamlet.',
      );
    return root;
  }
}

function definedOnly<T extends object>(patch: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]?: NonNullable<T[K]>;
  };
}
