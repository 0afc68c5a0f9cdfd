import { Arg, Ctx, Extensions, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import type { ProgressState } from '@chitieu/shared';
import type { Context } from '../context';
import { appError } from '../../core/errors';
import { MAX_PAGE_SIZE } from '../../core/pagination';
import { requireViewer } from '../access/viewer';
import { toProgress } from '../tallies/progress.resolver';
import { Progress, ProgressStateEnum } from '../tallies/progress.types';
import { Unit } from '../units/unit.types';
import { canWorkOnLine } from './directive-access';
import { AssignmentLine, FiledReport, ProgressUpdate } from './directive-line.types';
import { servedFiled, type ServedFiledReport } from './directive-report.resolver';
import { Body, Task, toBody, toTask } from './directive.types';
import type { UpdateRow } from './directive.rows';

const DEFAULT_HISTORY = 20;
const FIRST = { nullable: true, description: 'How many, 1 to 100 (default 20).' } as const;

function historySize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_HISTORY;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw appError(
      'BAD_USER_INPUT',
      `"first" phải từ 1 đến ${MAX_PAGE_SIZE}.`,
      `"first" must be from 1 to ${MAX_PAGE_SIZE}.`,
    );
  }
  return size;
}

@Resolver(() => AssignmentLine)
export class DirectiveLineResolver {
  @FieldResolver(() => Task, { description: 'The task this line belongs to (nhiệm vụ), as of the same date.' })
  task(@Root() line: AssignmentLine): Task {
    return toTask(line.item.task, line.item.directive, line.asOf);
  }

  @FieldResolver(() => Body, {
    description: "Who it is given to (đơn vị được giao): a unit's People's Committee or an agency.",
  })
  async assignee(@Root() line: AssignmentLine, @Ctx() ctx: Context): Promise<Body> {
    const { unit, agencyId } = line.item.line;
    return toBody(await ctx.services.directives.agencies.bodyOf(unit.id, agencyId, unit));
  }

  @FieldResolver(() => ProgressStateEnum, {
    description: "Its own state on asOf (trạng thái), by the rules of its task's kind.",
  })
  async state(@Root() line: AssignmentLine, @Ctx() ctx: Context): Promise<ProgressState> {
    return (await ctx.loaders.directives.status(line.asOf).load(line.item)).state;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "Percent done, 0..1 (tỷ lệ hoàn thành): a linked line's lower rate (capped at 1), an unlinked line's latest reported percent, 1 when done; null when there is nothing to measure.",
  })
  async percentDone(@Root() line: AssignmentLine, @Ctx() ctx: Context): Promise<number | null> {
    return (await ctx.loaders.directives.status(line.asOf).load(line.item)).percentDone;
  }

  @FieldResolver(() => Progress, {
    nullable: true,
    description:
      "A linked line's unit progress against the task's deadline (both counts, rates, pace needed, projection); null on unlinked lines.",
  })
  async progress(@Root() line: AssignmentLine, @Ctx() ctx: Context): Promise<Progress | null> {
    const { task, directive, line: row } = line.item;
    const campaign = (await ctx.services.campaigns.all()).find((c) => c.id === directive.campaignId);
    if (!task.linkedTarget || !campaign) return null;
    return toProgress(
      await ctx.loaders.progress.loader(campaign, line.asOf, task.deadline ?? campaign.deadline).load(row.unit),
    );
  }

  @FieldResolver(() => Unit, {
    description: "The unit of the line: the assignee's own, or an agency's home unit (one click to its figures).",
  })
  unit(@Root() line: AssignmentLine): Unit {
    return line.item.line.unit;
  }

  @FieldResolver(() => ProgressUpdate, {
    nullable: true,
    description: 'The latest update on or before asOf (cập nhật gần nhất).',
  })
  async latestUpdate(@Root() line: AssignmentLine, @Ctx() ctx: Context): Promise<UpdateRow | null> {
    return (await ctx.loaders.directives.updates.load(line.id)).find((u) => u.date <= line.asOf) ?? null;
  }

  @Extensions({ maxItems: DEFAULT_HISTORY })
  @FieldResolver(() => [ProgressUpdate], {
    description:
      'Its updates and DONE marks, newest first (lịch sử cập nhật): the latest `first` (default 20, at most 100).',
  })
  async updates(
    @Root() line: AssignmentLine,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, FIRST) first?: number | null,
  ): Promise<UpdateRow[]> {
    return (await ctx.loaders.directives.updates.load(line.id)).slice(0, historySize(first));
  }

  @Extensions({ maxItems: DEFAULT_HISTORY })
  @FieldResolver(() => [FiledReport], {
    description:
      'Reports filed on this line, latest as-of first (báo cáo đã nộp): the latest `first` (default 20, at most 100).',
  })
  async filedReports(
    @Root() line: AssignmentLine,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, FIRST) first?: number | null,
  ): Promise<ServedFiledReport[]> {
    return (await ctx.loaders.directives.reports.load(line.id))
      .slice(0, historySize(first))
      .map((filed) => servedFiled(filed, line.item.directive));
  }

  @FieldResolver(() => Boolean, {
    description:
      "True when you may post updates, mark it done or file its report (admins in scope; a commune's officials on its own unlinked lines).",
  })
  canUpdate(@Root() line: AssignmentLine, @Ctx() ctx: Context): boolean {
    return canWorkOnLine(requireViewer(ctx.viewer), line.item.line) && !line.item.task.linkedTarget;
  }
}

@Resolver(() => Body)
export class BodyResolver {
  @FieldResolver(() => Unit, { description: "The People's Committee's unit, or the agency's home unit." })
  unit(@Root() body: Body): Unit {
    return body.unitRow;
  }
}
