import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import type { Level, ProgressState } from '@chitieu/shared';
import type { Context } from '../context';
import { ProgressStateEnum } from '../tallies/progress.types';
import { LevelEnum } from '../units/unit.types';
import { AssignmentLine, toLine } from './directive-line.types';
import { LineOrderEnum, type LineOrder } from './directive.enums';
import { Task } from './directive.types';
import { queryLines } from './line-query';
import { assertCanSeeTaskFigure } from './task-figure';

@Resolver(() => Task)
export class DirectiveTaskResolver {
  @FieldResolver(() => ProgressStateEnum, {
    description:
      "Its worst line's state (OVERDUE > AT_RISK > NOT_STARTED > ON_TRACK > DONE), over all its lines, including those outside your scope.",
  })
  async state(@Root() task: Task, @Ctx() ctx: Context): Promise<ProgressState> {
    return (await this.status(task, ctx)).state;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Mean percent done of its lines, 0..1 (tỷ lệ hoàn thành); null when no line has a measure (ONGOING). FORBIDDEN when some of its lines are outside your scope: it is a figure of the units above you.',
  })
  async percentDone(@Root() task: Task, @Ctx() ctx: Context): Promise<number | null> {
    await assertCanSeeTaskFigure(ctx, task.directive, task.number);
    return (await this.status(task, ctx)).percentDone;
  }

  @FieldResolver(() => [AssignmentLine], {
    description:
      "Its lines inside your scope (one per assignee), in the order of the letter, optionally filtered; the task's own asOf applies.",
  })
  async assignments(
    @Root() task: Task,
    @Ctx() ctx: Context,
    @Arg('state', () => ProgressStateEnum, { nullable: true, description: 'Only lines in this state.' })
    state?: ProgressState | null,
    @Arg('under', () => String, { nullable: true, description: 'Only lines of this unit and below.' })
    under?: string | null,
    @Arg('level', () => LevelEnum, { nullable: true, description: 'Only lines of units of this level.' })
    level?: Level | null,
    @Arg('orderBy', () => LineOrderEnum, { nullable: true, description: 'Sort order (default TASK).' })
    orderBy?: LineOrder | null,
  ): Promise<AssignmentLine[]> {
    const lines = await queryLines(ctx, task.directive, task.asOf, { task: task.number, state, under, level, orderBy });
    return lines.map((l) => toLine(l.item, task.asOf));
  }

  @FieldResolver(() => Int, {
    description: 'How many lines it has in all (số đơn vị được giao), including those outside your scope.',
  })
  async lineCount(@Root() task: Task, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.directives.inContext(task.directive)).filter((i) => i.task.id === task.id).length;
  }

  private async status(task: Task, ctx: Context) {
    const row = (await ctx.loaders.directives.tasks.load(task.directive.id)).find((t) => t.id === task.id)!;
    return ctx.loaders.directives.taskStatus(task.directive, row, task.asOf);
  }
}
