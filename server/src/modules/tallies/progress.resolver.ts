import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { IsoDate } from '@chitieu/shared';
import type { Context } from '../context';
import { appError, errors } from '../../core/errors';
import { DateScalar } from '../../core/scalars';
import { assertCanRead, requireViewer } from '../access/viewer';
import type { CampaignRow } from '../campaigns/campaign.service';
import { Unit } from '../units/unit.types';
import type { UnitProgress } from './progress.service';
import { Completeness, Progress, ProgressPoint, Shortfall } from './progress.types';

/** A campaign by code, checked; the figures of the unit must be readable by the viewer. */
async function campaignFor(ctx: Context, unit: Unit, code: string): Promise<CampaignRow> {
  assertCanRead(requireViewer(ctx.viewer), unit);
  const campaign = await ctx.services.campaigns.byCode(code);
  if (!campaign) throw errors.campaignNotFound(code);
  return campaign;
}

export function toProgress(p: UnitProgress): Progress {
  return {
    asOf: p.asOf,
    target: p.target,
    collected: p.current.collected,
    activated: p.current.activated,
    collectedRate: p.collected.rate,
    activatedRate: p.activated.rate,
    percentDone: p.percentDone,
    state: p.state,
    daysLeft: p.collected.daysLeft,
    collection: p.collected,
    activation: p.activated,
  };
}

/**
 * Unit.progress: the unit's figures, read with those of every unit of its list (ahead of the
 * list's fields when the list was resolved: a plain value then). Plain, so the schema can call it
 * without type-graphql's argument handling (see tallies.module.ts).
 */
export function unitProgress(
  unit: Unit,
  ctx: Context,
  campaignCode: string,
  asOf: IsoDate | null,
): Progress | Promise<Progress> {
  const ahead = ctx.loaders.progress.readAheadOf(unit, campaignCode, asOf);
  if (!ahead) return readProgress(unit, ctx, campaignCode, asOf);
  assertCanRead(requireViewer(ctx.viewer), unit);
  return toProgress(ahead);
}

async function readProgress(unit: Unit, ctx: Context, campaignCode: string, asOf: IsoDate | null): Promise<Progress> {
  const campaign = await campaignFor(ctx, unit, campaignCode);
  return toProgress(await ctx.loaders.progress.of(unit, campaign, asOf ?? (await ctx.services.clock.today())));
}

const MAX_HISTORY_DAYS = 1000;
const MAX_SHORTFALLS = 100;

@Resolver(() => Unit)
export class ProgressResolver {
  @FieldResolver(() => Progress, {
    nullable: true,
    description:
      'Progress in a campaign as of a date (default: today on the business clock). FORBIDDEN for units above your scope.',
  })
  progress(
    @Root() unit: Unit,
    @Ctx() ctx: Context,
    @Arg('campaign', () => String, { description: 'Campaign code, e.g. "DDDT-2023".' }) campaignCode: string,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: "Figures as of this date; later than today shows the latest figures against that day's calendar.",
    })
    asOf?: IsoDate | null,
  ): Progress | Promise<Progress> {
    return unitProgress(unit, ctx, campaignCode, asOf ?? null);
  }

  @FieldResolver(() => [ProgressPoint], {
    nullable: true,
    description:
      'Daily cumulative counts from `from` (default: the campaign start) to `to` (default: today), one point per day, at most 1000.',
  })
  async history(
    @Root() unit: Unit,
    @Ctx() ctx: Context,
    @Arg('campaign', () => String) campaignCode: string,
    @Arg('from', () => DateScalar, { nullable: true }) from?: IsoDate | null,
    @Arg('to', () => DateScalar, { nullable: true }) to?: IsoDate | null,
  ): Promise<ProgressPoint[]> {
    const campaign = await campaignFor(ctx, unit, campaignCode);
    const points = await ctx.services.progress.history(
      campaign,
      unit,
      from ?? campaign.startDate,
      to ?? (await ctx.services.clock.today()),
    );
    if (points.length > MAX_HISTORY_DAYS) {
      throw appError(
        'BAD_USER_INPUT',
        `Chuỗi số liệu tối đa ${MAX_HISTORY_DAYS} ngày.`,
        `A history spans at most ${MAX_HISTORY_DAYS} days.`,
      );
    }
    return points;
  }

  @FieldResolver(() => [Shortfall], {
    nullable: true,
    description:
      'The hamlets below this unit that need the most activations to reach their targets, most first (at most 100).',
  })
  async shortfalls(
    @Root() unit: Unit,
    @Ctx() ctx: Context,
    @Arg('campaign', () => String) campaignCode: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: IsoDate | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1 to 100 (default 10).' }) first?: number | null,
  ): Promise<Shortfall[]> {
    const campaign = await campaignFor(ctx, unit, campaignCode);
    const count = first ?? 10;
    if (!Number.isInteger(count) || count < 1 || count > MAX_SHORTFALLS) {
      throw appError(
        'BAD_USER_INPUT',
        `"first" phải từ 1 đến ${MAX_SHORTFALLS}.`,
        `"first" must be from 1 to ${MAX_SHORTFALLS}.`,
      );
    }
    const rows = await ctx.services.progress.shortfalls(
      campaign,
      unit,
      asOf ?? (await ctx.services.clock.today()),
      count,
    );
    const units = await ctx.loaders.units.byId.loadMany(rows.map((r) => r.unitId));
    return rows.map((r, i) => ({ ...r, unit: units[i] as Unit }));
  }

  @FieldResolver(() => Completeness, { nullable: true, description: 'Who reported on a date (default: today).' })
  async completeness(
    @Root() unit: Unit,
    @Ctx() ctx: Context,
    @Arg('campaign', () => String) campaignCode: string,
    @Arg('date', () => DateScalar, { nullable: true }) date?: IsoDate | null,
  ): Promise<Completeness> {
    const campaign = await campaignFor(ctx, unit, campaignCode);
    return await ctx.services.progress.completeness(campaign, unit, date ?? (await ctx.services.clock.today()));
  }
}
