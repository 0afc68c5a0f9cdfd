import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { errors } from '../../app/errors';
import { DateScalar } from '../../app/scalars';
import { requireViewer } from '../access/viewer';
import { Unit } from '../units/unit.types';

@ObjectType({ description: 'A campaign (chiến dịch): one target split down the tree, two cumulative counts, a deadline.' })
export class Campaign {
  id: number;
  rootUnitId: number;

  @Field(() => String, { description: 'Short code, e.g. "DDDT-2023".' }) code: string;
  @Field(() => String, { description: 'Name (tên chiến dịch).' }) name: string;
  @Field(() => String, { description: 'What it is about (mô tả).' }) description: string;
  @Field(() => String, { description: 'Label of the first count, e.g. "Thu nhận" (applications collected).' }) collectedLabel: string;
  @Field(() => String, { description: 'Label of the second count, e.g. "Kích hoạt" (accounts activated).' }) activatedLabel: string;
  @Field(() => DateScalar, { description: 'First day (ngày bắt đầu).' }) startDate: string;
  @Field(() => DateScalar, { description: 'Deadline (hạn hoàn thành): the last day to reach the target.' }) deadline: string;
}

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => DateScalar, { description: 'Today on the business clock (hôm nay): the default as-of date. The demo says 2023-11-15.' })
  today(@Ctx() ctx: Context): string {
    requireViewer(ctx.viewer);
    return ctx.services.clock.today();
  }

  @Query(() => Campaign, { description: 'A campaign by code; without a code, the latest one. NOT_FOUND when there is none.' })
  campaign(@Ctx() ctx: Context, @Arg('code', () => String, { nullable: true }) code?: string | null): Campaign {
    requireViewer(ctx.viewer);
    const campaign = code ? ctx.services.campaigns.byCode(code) : ctx.services.campaigns.current();
    if (!campaign) throw errors.campaignNotFound(code ?? '');
    return campaign;
  }

  @Query(() => [Campaign], { description: 'Every campaign, latest first.' })
  campaigns(@Ctx() ctx: Context): Campaign[] {
    requireViewer(ctx.viewer);
    return ctx.services.campaigns.all();
  }

  @FieldResolver(() => Unit, { description: 'The unit whose target is the campaign\'s (the province).' })
  async rootUnit(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.unitById.load(campaign.rootUnitId))!;
  }

  @FieldResolver(() => Int, { description: 'The target of the root unit (chỉ tiêu của tỉnh), e.g. 930,767.' })
  rootTarget(@Root() campaign: Campaign, @Ctx() ctx: Context): number {
    return ctx.services.targets.targetOf(campaign.id, campaign.rootUnitId);
  }
}
