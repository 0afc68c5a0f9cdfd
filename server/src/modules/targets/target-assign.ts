import { GraphQLError } from 'graphql';
import { canSplitTarget, isLeaf, isTarget, MAX_TARGET, type Principal } from '@chitieu/shared';
import { appError, errors, type FieldProblem } from '../../core/errors';
import type { Db } from '../../db/sql';
import type { Actor, AuditService } from '../audit/audit.service';
import type { CampaignRow } from '../campaigns/campaign.service';
import type { UnitRow, UnitService } from '../units/unit.service';
import type { TargetService } from './target.service';
import type { TargetChangeRow, TargetVersions } from './target-versions';

export interface TargetDeps {
  sql: Db;
  units: UnitService;
  audit: AuditService;
  targets: TargetService;
  versions: TargetVersions;
}

export interface AssignTargetsCommand {
  campaign: CampaignRow;
  parentCode: string;
  targets: ReadonlyArray<{ unit: string; target: number }>;
  /** The version the editor loaded; null saves whatever the current version is. */
  expectedVersion: number | null;
  reason: string | null;
  principal: Principal;
  actor: Actor;
}

export interface SetOwnTargetCommand {
  campaign: CampaignRow;
  unit: UnitRow;
  target: number;
  reason: string | null;
  actor: Actor;
}

/** A stale save: the current version and every change since the one the editor loaded. */
function conflict(current: number, changes: TargetChangeRow[]): GraphQLError {
  const vi = 'Chỉ tiêu đã được người khác thay đổi từ khi bạn mở; không có gì được lưu. Hãy xem thay đổi và lưu lại.';
  const en =
    'Someone changed these targets since you opened them; nothing was saved. Review the changes and save again.';
  return new GraphQLError(`${vi} / ${en}`, {
    extensions: {
      code: 'CONFLICT',
      messageVi: vi,
      messageEn: en,
      currentVersion: String(current),
      changes: changes.map((c) => ({
        version: String(c.version),
        unit: c.unitCode,
        name: c.unitName,
        oldTarget: c.oldTarget,
        newTarget: c.newTarget,
        by: c.username,
        at: c.at,
      })),
    },
  });
}

/** Every cell of the input must name a distinct child of the parent and hold a whole target. */
function checkCells(cmd: AssignTargetsCommand, children: Map<string, UnitRow>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const { unit, target } of cmd.targets) {
    const add = (field: string, messageVi: string, messageEn: string) =>
      problems.push({ unit, field, messageVi, messageEn });
    if (seen.has(unit)) add('unit', 'Đơn vị này xuất hiện hai lần.', 'This unit appears twice.');
    else if (!children.has(unit))
      add(
        'unit',
        `"${unit}" không phải đơn vị trực thuộc ${cmd.parentCode}.`,
        `"${unit}" is not directly below ${cmd.parentCode}.`,
      );
    seen.add(unit);
    if (!isTarget(target))
      add(
        'target',
        `Chỉ tiêu là số nguyên từ 0 đến ${MAX_TARGET.toLocaleString('vi-VN')}.`,
        `A target is a whole number from 0 to ${MAX_TARGET.toLocaleString('en-US')}.`,
      );
  }
  return problems;
}

/**
 * Saves a parent's split in the caller's transaction: checks who may (canSplitTarget, in scope),
 * then the cells, then the version (stale → CONFLICT with what changed since), then writes the
 * changed children only (those left out keep their target), moves the parent's version by
 * compare-and-set and each changed child's own editor version, and audits every change.
 */
export async function assignTargets(
  deps: TargetDeps,
  cmd: AssignTargetsCommand,
): Promise<{ version: number; changed: number }> {
  const { campaign } = cmd;
  const parent = await deps.units.byCode(cmd.parentCode);
  if (!parent) throw errors.unitNotFound(cmd.parentCode);
  if (!canSplitTarget(cmd.principal, parent)) {
    throw errors.forbidden(`chia chỉ tiêu của đơn vị ${parent.code}`, `split the target of unit ${parent.code}`);
  }
  const root = (await deps.units.byId(campaign.rootUnitId))!;
  if (!parent.path.startsWith(root.path)) {
    throw appError(
      'BAD_USER_INPUT',
      `Đơn vị ${parent.code} không thuộc chiến dịch ${campaign.code}.`,
      `Unit ${parent.code} is not part of campaign ${campaign.code}.`,
    );
  }
  const children = new Map((await deps.units.children(parent.id)).map((c) => [c.code, c]));
  const problems = checkCells(cmd, children);
  if (problems.length > 0)
    throw appError(
      'BAD_USER_INPUT',
      'Có chỉ tiêu chưa hợp lệ; không có gì được lưu.',
      'Some targets are not valid; nothing was saved.',
      problems,
    );

  const current = await deps.versions.current(campaign.id, parent.id);
  if (cmd.expectedVersion !== null && cmd.expectedVersion !== current) {
    throw conflict(current, await deps.versions.changesSince(campaign.id, parent.id, cmd.expectedVersion));
  }
  const old = await deps.targets.targetsOf(
    campaign.id,
    cmd.targets.map((t) => children.get(t.unit)!.id),
  );
  const changes = cmd.targets
    .map((t) => ({
      unit: children.get(t.unit)!,
      oldTarget: old.get(children.get(t.unit)!.id) ?? 0,
      newTarget: t.target,
    }))
    .filter((c) => c.oldTarget !== c.newTarget);
  if (changes.length === 0) return { version: current, changed: 0 };
  if (!(await deps.versions.compareAndSet(campaign.id, parent.id, current))) {
    throw conflict(
      await deps.versions.current(campaign.id, parent.id),
      await deps.versions.changesSince(campaign.id, parent.id, current),
    );
  }
  const version = current + 1;
  const by = { userId: cmd.actor.userId, username: cmd.actor.username };
  await deps.targets.setMany(
    campaign.id,
    changes.map((c) => ({ unitId: c.unit.id, target: c.newTarget })),
  );
  for (const c of changes) {
    const change = { unitId: c.unit.id, oldTarget: c.oldTarget, newTarget: c.newTarget };
    await deps.versions.recordChange(campaign.id, parent.id, version, change, by);
    // The child's own editor shows its target: it moves too, so a stale save there conflicts.
    if (!isLeaf(c.unit.level))
      await deps.versions.recordChange(
        campaign.id,
        c.unit.id,
        await deps.versions.bump(campaign.id, c.unit.id),
        change,
        by,
      );
  }
  await deps.audit.record(
    cmd.actor,
    changes.map((c) => ({
      action: 'target.set',
      unitId: c.unit.id,
      unitPath: c.unit.path,
      campaignId: campaign.id,
      field: 'target',
      oldValue: c.oldTarget,
      newValue: c.newTarget,
      reason: cmd.reason,
    })),
  );
  return { version, changed: changes.length };
}

/** A unit's own target set from outside a split (the root's, with the campaign); in the caller's transaction. */
export async function setOwnTarget(deps: TargetDeps, cmd: SetOwnTargetCommand): Promise<void> {
  const { campaign, unit, target } = cmd;
  const oldTarget =
    (
      await deps.sql.get<{ target: number }>(
        `SELECT target FROM target WHERE campaign_id = ? AND unit_id = ?`,
        campaign.id,
        unit.id,
      )
    )?.target ?? null;
  if (oldTarget === target) return;
  await deps.targets.setMany(campaign.id, [{ unitId: unit.id, target }]);
  const version = await deps.versions.bump(campaign.id, unit.id);
  await deps.versions.recordChange(
    campaign.id,
    unit.id,
    version,
    { unitId: unit.id, oldTarget, newTarget: target },
    { userId: cmd.actor.userId, username: cmd.actor.username },
  );
  await deps.audit.record(cmd.actor, [
    {
      action: 'target.set',
      unitId: unit.id,
      unitPath: unit.path,
      campaignId: campaign.id,
      field: 'target',
      oldValue: oldTarget,
      newValue: target,
      reason: cmd.reason,
    },
  ]);
}
