import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { IsoDate, Level, ProgressState } from '@chitieu/shared';
import type { Context } from '../context';
import { errors } from '../../core/errors';
import { connection, pageOf } from '../../core/pagination';
import { DateScalar } from '../../core/scalars';
import { assertCanRead, requireViewer } from '../access/viewer';
import type { CampaignRow } from '../campaigns/campaign.service';
import { toProgress } from '../tallies/progress.resolver';
import { ProgressStateEnum } from '../tallies/progress.types';
import { levelBelowUnit } from '../units/tree-shape';
import type { UnitRow } from '../units/unit.service';
import { LevelEnum } from '../units/unit.types';
import type { RankBy, RankOrder } from './ranking.service';
import { RankByEnum, RankingConnection, RankingOrderEnum, ReportingStatusConnection } from './ranking.types';

/** The campaign by code, and the unit to look below (default: your scope), readable by you. */
async function subject(
  ctx: Context,
  campaignCode: string,
  parentCode: string | null | undefined,
): Promise<{ campaign: CampaignRow; within: UnitRow }> {
  const viewer = requireViewer(ctx.viewer);
  const code = parentCode ?? null;
  const within =
    code === null ? await ctx.services.units.byId(viewer.scopeUnitId) : await ctx.services.units.byCode(code);
  if (!within) throw errors.unitNotFound(code ?? '');
  assertCanRead(viewer, within);
  const campaign = await ctx.services.campaigns.byCode(campaignCode);
  if (!campaign) throw errors.campaignNotFound(campaignCode);
  return { campaign, within };
}

const PARENT = {
  nullable: true,
  description: 'Units at or below this one (default: your scope unit). FORBIDDEN outside your scope.',
} as const;
const LEVEL = {
  nullable: true,
  description: 'Which level to list (default: the level right below `parent`).',
} as const;

@Resolver()
export class RankingResolver {
  @Query(() => RankingConnection, {
    description:
      'Units of one level below a unit, ranked by a rate or by the accounts they still need (xếp hạng), optionally only those in some states (e.g. AT_RISK: the pace of the 7 days up to the latest reported day would not finish by the deadline). At most 100 a page; at most 20,000 units ranked.',
  })
  async ranking(
    @Ctx() ctx: Context,
    @Arg('campaign', () => String, { description: 'Campaign code, e.g. "DDDT-2023".' }) campaignCode: string,
    @Arg('parent', () => String, PARENT) parent?: string | null,
    @Arg('level', () => LevelEnum, LEVEL) level?: Level | null,
    @Arg('by', () => RankByEnum, { defaultValue: 'PERCENT_DONE', description: 'What to rank by.' })
    by: RankBy = 'PERCENT_DONE',
    @Arg('order', () => RankingOrderEnum, { defaultValue: 'HIGHEST_FIRST', description: 'Highest or lowest first.' })
    order: RankOrder = 'HIGHEST_FIRST',
    @Arg('state', () => [ProgressStateEnum], {
      nullable: true,
      description: 'Keep only units in one of these states (trạng thái).',
    })
    states?: ProgressState[] | null,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Figures as of this date (default: today on the business clock).',
    })
    asOf?: IsoDate | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor.' })
    after?: string | null,
  ): Promise<RankingConnection> {
    const { campaign, within } = await subject(ctx, campaignCode, parent);
    const page = pageOf(first, after);
    const date = asOf ?? (await ctx.services.clock.today());
    const { nodes, totalCount } = await ctx.services.ranking.rank({
      campaign,
      within,
      level: level ?? levelBelowUnit(within) ?? within.level,
      by,
      order,
      states: states ?? null,
      asOf: date,
      ...page,
    });
    const loader = ctx.loaders.progress.loader(campaign, date);
    for (const node of nodes) loader.prime(node.unit, node.progress);
    return connection(
      nodes.map((n) => ({ rank: n.rank, unit: n.unit, value: n.value, progress: toProgress(n.progress) })),
      totalCount,
      page,
    );
  }

  @Query(() => ReportingStatusConnection, {
    description:
      'Units of one level below a unit with whether they reported on a date (tình hình báo cáo), in tree order; `reported: false` lists who has not reported. At most 100 a page.',
  })
  async reportingStatus(
    @Ctx() ctx: Context,
    @Arg('campaign', () => String, { description: 'Campaign code, e.g. "DDDT-2023".' }) campaignCode: string,
    @Arg('parent', () => String, PARENT) parent?: string | null,
    @Arg('level', () => LevelEnum, LEVEL) level?: Level | null,
    @Arg('date', () => DateScalar, {
      nullable: true,
      description: 'The report date (default: today on the business clock).',
    })
    date?: IsoDate | null,
    @Arg('reported', () => Boolean, {
      nullable: true,
      description: 'true: only those that reported; false: only those that did not; omitted: all.',
    })
    reported?: boolean | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor.' })
    after?: string | null,
  ): Promise<ReportingStatusConnection> {
    const { campaign, within } = await subject(ctx, campaignCode, parent);
    const page = pageOf(first, after);
    const { nodes, totalCount } = await ctx.services.reporting.status({
      campaign,
      within,
      level: level ?? levelBelowUnit(within) ?? within.level,
      date: date ?? (await ctx.services.clock.today()),
      reported: reported ?? null,
      ...page,
    });
    return connection(nodes, totalCount, page);
  }
}
