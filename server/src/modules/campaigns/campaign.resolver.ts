import { optionalText, optionalTextChange } from '@chitieu/shared';
import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { errors } from '../../core/errors';
import { DateScalar } from '../../core/scalars';
import { actorOf, assertCanRead, requireViewer } from '../access/viewer';
import { Unit } from '../units/unit.types';
import { CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs';

@ObjectType({
  description: 'A campaign (chiến dịch): one target split down the tree, two cumulative counts, a deadline.',
})
export class Campaign {
  id: number;
  rootUnitId: number;

  @Field(() => String, { description: 'Short code, e.g. "DDDT-2023".' }) code: string;
  @Field(() => String, { description: 'Name (tên chiến dịch).' }) name: string;
  @Field(() => String, { description: 'What it is about (mô tả).' }) description: string;
  @Field(() => String, { description: 'Label of the first count, e.g. "Thu nhận" (applications collected).' })
  collectedLabel: string;
  @Field(() => String, { description: 'Label of the second count, e.g. "Kích hoạt" (accounts activated).' })
  activatedLabel: string;
  @Field(() => DateScalar, { description: 'First day (ngày bắt đầu).' }) startDate: string;
  @Field(() => DateScalar, { description: 'Deadline (hạn hoàn thành): the last day to reach the target.' })
  deadline: string;
}

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => DateScalar, {
    description: 'Today on the business clock (hôm nay): the default as-of date. The demo says 2023-11-15.',
  })
  async today(@Ctx() ctx: Context): Promise<string> {
    requireViewer(ctx.viewer);
    return await ctx.services.clock.today();
  }

  @Query(() => Campaign, {
    description: 'A campaign by code; without a code, the latest one. NOT_FOUND when there is none.',
  })
  async campaign(
    @Ctx() ctx: Context,
    @Arg('code', () => String, { nullable: true }) code?: string | null,
  ): Promise<Campaign> {
    requireViewer(ctx.viewer);
    const campaign = code ? await ctx.services.campaigns.byCode(code) : await ctx.services.campaigns.current();
    if (!campaign) throw errors.campaignNotFound(code ?? '');
    return campaign;
  }

  @Query(() => [Campaign], { description: 'Every campaign, latest first.' })
  async campaigns(@Ctx() ctx: Context): Promise<Campaign[]> {
    requireViewer(ctx.viewer);
    return await ctx.services.campaigns.all();
  }

  @Mutation(() => Campaign, {
    description:
      'Creates a campaign and sets its root target (ADMIN whose scope holds the root unit). BAD_USER_INPUT with extensions.fields when a field is not valid; CONFLICT when the code is taken.',
  })
  async createCampaign(
    @Arg('input', () => CreateCampaignInput) input: CreateCampaignInput,
    @Ctx() ctx: Context,
  ): Promise<Campaign> {
    const viewer = requireViewer(ctx.viewer);
    const rootUnitCode = input.rootUnit ?? (await ctx.services.units.byId(viewer.scopeUnitId))!.code;
    return await ctx.services.campaignAdmin.create(
      {
        code: input.code.trim(),
        name: input.name,
        description: optionalText(input.description, ''),
        collectedLabel: input.collectedLabel ?? 'Thu nhận',
        activatedLabel: input.activatedLabel ?? 'Kích hoạt',
        startDate: input.startDate,
        deadline: input.deadline,
        rootTarget: input.rootTarget,
        rootUnitCode,
      },
      { principal: viewer, actor: actorOf(viewer, ctx.requestId) },
    );
  }

  @Mutation(() => Campaign, {
    description:
      "Changes a campaign's name, description, labels, dates or root target (ADMIN whose scope holds the root unit). Every changed field is audited.",
  })
  async updateCampaign(
    @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput,
    @Ctx() ctx: Context,
  ): Promise<Campaign> {
    const viewer = requireViewer(ctx.viewer);
    const { code, reason, ...patch } = input;
    return await ctx.services.campaignAdmin.update(
      code,
      { ...patch, description: optionalTextChange(patch.description, ''), reason: reason?.trim() || null },
      { principal: viewer, actor: actorOf(viewer, ctx.requestId) },
    );
  }

  @FieldResolver(() => Unit, { description: "The unit whose target is the campaign's (the province)." })
  async rootUnit(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.units.byId.load(campaign.rootUnitId))!;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "The target of the root unit (chỉ tiêu của tỉnh), e.g. 930,767. A figure of the root unit: FORBIDDEN (null with the error) when the root is outside your scope, as for a district's or a commune's users of a province's campaign; they read their own unit's target through `progress` or `targets`.",
  })
  async rootTarget(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<number> {
    assertCanRead(requireViewer(ctx.viewer), (await ctx.loaders.units.byId.load(campaign.rootUnitId))!);
    return await ctx.services.targets.targetOf(campaign.id, campaign.rootUnitId);
  }
}
