import { earliestReportDate, isTallyWriter, optionalText } from '@chitieu/shared';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { appError, errors } from '../../core/errors';
import { actorOf, requireViewer } from '../access/viewer';
import { RecordTalliesInput, RecordTalliesResult } from './tally.inputs';
import { submissionOf } from './tally-submissions';

const MAX_REPORTS = 2000;

@Resolver()
export class TallyResolver {
  @Mutation(() => RecordTalliesResult, {
    description:
      'Saves cumulative hamlet reports for one date, all or nothing, with roll-ups to every unit above. A second report for the same hamlet and date replaces the first only if it names it in `expected` (replace-with-expected); otherwise nothing is saved and the answer is CONFLICT with extensions.fields, one entry per cell: { unit, field, expected, stored, sent, messageVi, messageEn } (stored: what is on record now). Other problems come back per cell in extensions.fields with BAD_USER_INPUT. The CSV import (POST /api/import/tallies) takes no expected value: it is a deliberate overwrite of the hamlet-days its file names, and says how many it replaces (summary.wouldUpdate).',
  })
  async recordTallies(
    @Arg('input', () => RecordTalliesInput) input: RecordTalliesInput,
    @Ctx() ctx: Context,
  ): Promise<RecordTalliesResult> {
    const viewer = requireViewer(ctx.viewer);
    if (!isTallyWriter(viewer.role))
      throw errors.forbidden('nhập số liệu (vai trò phân tích chỉ được xem)', 'record tallies (analysts only read)');
    if (input.reports.length === 0 || input.reports.length > MAX_REPORTS) {
      throw appError(
        'BAD_USER_INPUT',
        `Báo cáo cần từ 1 đến ${MAX_REPORTS} ấp.`,
        `A report covers 1 to ${MAX_REPORTS} hamlets.`,
      );
    }
    const campaign = await ctx.services.campaigns.byCode(input.campaign);
    if (!campaign) throw errors.campaignNotFound(input.campaign);
    const today = await ctx.services.clock.today();
    const date = input.date ?? today;
    return await ctx.services.tallies.record({
      campaign,
      date,
      reports: input.reports,
      actor: actorOf(viewer, ctx.requestId),
      scopePath: viewer.scopePath,
      today,
      earliestDate: earliestReportDate(viewer.role, today, campaign.startDate),
      submission: submissionOf(optionalText(input.clientId), viewer.userId, input),
    });
  }
}
