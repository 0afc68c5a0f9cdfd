import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { canSplitTarget, parseVersionToken, type SplitMethod } from '@chitieu/shared';
import type { Context } from '../context';
import { appError, errors } from '../../core/errors';
import { connection, pageOf } from '../../core/pagination';
import { actorOf, assertCanRead, requireViewer, type Viewer } from '../access/viewer';
import type { CampaignRow } from '../campaigns/campaign.service';
import type { UnitRow } from '../units/unit.service';
import type { TargetSplitView } from './target.service';
import {
  AssignTargetsInput,
  AssignTargetsResult,
  SplitMethodEnum,
  SplitPreview,
  TargetProblemConnection,
  TargetSplit,
} from './target.types';

const MAX_CELLS = 5000;

async function campaignOf(ctx: Context, code: string): Promise<CampaignRow> {
  const campaign = await ctx.services.campaigns.byCode(code);
  if (!campaign) throw errors.campaignNotFound(code);
  return campaign;
}

/** A unit whose figures the viewer may read. */
async function readableUnit(ctx: Context, viewer: Viewer, code: string): Promise<UnitRow> {
  const unit = await ctx.services.units.byCode(code);
  if (!unit) throw errors.unitNotFound(code);
  assertCanRead(viewer, unit);
  return unit;
}

function toSplit(view: TargetSplitView, viewer: Viewer): TargetSplit {
  return {
    parent: view.parent,
    version: String(view.version),
    target: view.target,
    allocated: view.allocated,
    unallocated: view.unallocated,
    children: view.children.map((c) => ({ unit: c.unit, target: c.target, population: c.unit.population })),
    canEdit: canSplitTarget(viewer, view.parent),
  };
}

@Resolver()
export class TargetResolver {
  @Query(() => TargetSplit, {
    description:
      "A parent's target, its children's targets and the unallocated remainder, with the version token to save against. FORBIDDEN outside your scope.",
  })
  async targets(
    @Arg('campaign', () => String, { description: 'Campaign code.' }) campaign: string,
    @Arg('parent', () => String, { description: 'Code of the parent unit.' }) parent: string,
    @Ctx() ctx: Context,
  ): Promise<TargetSplit> {
    const viewer = requireViewer(ctx.viewer);
    return toSplit(
      await ctx.services.targets.splitOf((await campaignOf(ctx, campaign)).id, await readableUnit(ctx, viewer, parent)),
      viewer,
    );
  }

  @Query(() => SplitPreview, {
    description:
      "What a split helper proposes for a parent's children (equal, by population, by current targets), summing exactly to the total. Saves nothing.",
  })
  async previewSplit(
    @Arg('campaign', () => String, { description: 'Campaign code.' }) campaign: string,
    @Arg('parent', () => String, { description: 'Code of the parent unit.' }) parent: string,
    @Arg('method', () => SplitMethodEnum, { description: 'How to split.' }) method: SplitMethod,
    @Ctx() ctx: Context,
    @Arg('total', () => Int, { nullable: true, description: "The total to split; default the parent's own target." })
    total?: number | null,
  ): Promise<SplitPreview> {
    const viewer = requireViewer(ctx.viewer);
    const split = await ctx.services.targets.splitOf(
      (await campaignOf(ctx, campaign)).id,
      await readableUnit(ctx, viewer, parent),
    );
    const outcome = ctx.services.targets.preview(split, method, total);
    if (!outcome.ok) throw appError('BAD_USER_INPUT', outcome.reasonVi, outcome.reasonEn);
    return {
      method,
      total: outcome.total,
      version: String(split.version),
      children: split.children.map((c, i) => ({
        unit: c.unit,
        current: c.target,
        proposed: outcome.parts[i] ?? 0,
        population: c.unit.population,
      })),
    };
  }

  @Query(() => TargetProblemConnection, {
    description:
      "Parents at or below `under` (default: your scope) whose children's targets do not sum to their own: the Problems panel. At most 100 a page.",
  })
  async targetProblems(
    @Arg('campaign', () => String, { description: 'Campaign code.' }) campaign: string,
    @Ctx() ctx: Context,
    @Arg('under', () => String, { nullable: true, description: 'Only this unit and those below it.' })
    under?: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor.' })
    after?: string | null,
  ): Promise<TargetProblemConnection> {
    const viewer = requireViewer(ctx.viewer);
    const page = pageOf(first, after);
    const root = await readableUnit(ctx, viewer, under ?? (await ctx.services.units.byId(viewer.scopeUnitId))!.code);
    const rows = await ctx.services.targets.problems((await campaignOf(ctx, campaign)).id, root);
    const slice = rows.slice(page.offset, page.offset + page.first);
    const units = new Map((await ctx.services.units.byIds(slice.map((r) => r.unitId))).map((u) => [u.id, u]));
    const nodes = slice.map((r) => ({
      unit: units.get(r.unitId)!,
      target: r.target,
      allocated: r.allocated,
      unallocated: r.target - r.allocated,
      childCount: r.childCount,
    }));
    return connection(nodes, rows.length, page);
  }

  @Mutation(() => AssignTargetsResult, {
    description:
      "Saves a parent's split in one transaction: the children given get their new targets, the others keep theirs. With expectedVersion, a stale save fails with CONFLICT and extensions { currentVersion, changes }. ADMIN: any parent in scope; OFFICIAL: their own commune over its hamlets.",
  })
  async assignTargets(
    @Arg('input', () => AssignTargetsInput) input: AssignTargetsInput,
    @Ctx() ctx: Context,
  ): Promise<AssignTargetsResult> {
    const viewer = requireViewer(ctx.viewer);
    if (input.targets.length > MAX_CELLS)
      throw appError(
        'BAD_USER_INPUT',
        `Tối đa ${MAX_CELLS} đơn vị một lần lưu.`,
        `At most ${MAX_CELLS} units per save.`,
      );
    const expectedVersion = input.expectedVersion == null ? null : parseVersionToken(input.expectedVersion);
    if (input.expectedVersion != null && expectedVersion === null) {
      throw appError(
        'BAD_USER_INPUT',
        'Phiên bản (expectedVersion) không hợp lệ.',
        'expectedVersion is not a version token.',
      );
    }
    const reason = input.reason?.trim() || null;
    if (reason && reason.length > 500)
      throw appError('BAD_USER_INPUT', 'Lý do tối đa 500 ký tự.', 'A reason is at most 500 characters.');
    const campaign = await campaignOf(ctx, input.campaign);
    const { version, changed } = await ctx.services.targets.assign({
      campaign,
      parentCode: input.parent,
      targets: input.targets,
      expectedVersion,
      reason,
      principal: viewer,
      actor: actorOf(viewer, ctx.requestId),
    });
    const parent = (await ctx.services.units.byCode(input.parent))!;
    return {
      version: String(version),
      changed,
      split: toSplit(await ctx.services.targets.splitOf(campaign.id, parent), viewer),
    };
  }
}
