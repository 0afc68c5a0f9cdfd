import { Arg, Ctx, Extensions, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import {
  directiveState,
  nearestDeadline,
  type DirectiveStatus,
  type IsoDate,
  type Level,
  type ProgressState,
} from '@chitieu/shared';
import type { Context } from '../context';
import { connection, pageOf } from '../../core/pagination';
import { DateScalar } from '../../core/scalars';
import { requireViewer } from '../access/viewer';
import { Campaign } from '../campaigns/campaign.resolver';
import { ProgressStateEnum } from '../tallies/progress.types';
import { LevelEnum } from '../units/unit.types';
import { asOfOr, findDirective } from './directive-context';
import { LIMITS } from './directive-input';
import { AssignmentLineConnection, toLine } from './directive-line.types';
import { DirectiveStatusEnum, LineOrderEnum, type LineOrder } from './directive.enums';
import { Body, Directive, DirectiveConnection, Task, toBody, toTask } from './directive.types';
import type { DirectiveRow } from './directive.rows';
import { queryLines } from './line-query';

/** A field's asOf, else the list's (directives(asOf)), else today. */
async function dayOf(
  ctx: Context,
  directive: DirectiveRow & { asOf?: IsoDate | null },
  asOf: IsoDate | null | undefined,
): Promise<IsoDate> {
  return await asOfOr(ctx, asOf ?? directive.asOf);
}

const AS_OF = {
  nullable: true,
  description:
    "As of this date (default: today on the business clock); later dates show the latest figures against that day's calendar.",
} as const;

@Resolver(() => Directive)
export class DirectiveResolver {
  @Query(() => Directive, {
    description:
      'A directive by its number, e.g. "7027/UBND-KSTT". NOT_FOUND when none has it; FORBIDDEN when it neither comes from nor gives a task inside your scope; BAD_USER_INPUT when two issuers used the number and `issuer` is missing.',
  })
  async directive(
    @Ctx() ctx: Context,
    @Arg('number', () => String, { description: 'Number and symbol (số, ký hiệu).' }) number: string,
    @Arg('issuer', () => String, {
      nullable: true,
      description: 'Issuer code: a unit ("83") or an agency; optional when unambiguous.',
    })
    issuer?: string | null,
  ): Promise<DirectiveRow> {
    return await findDirective(ctx, number, issuer);
  }

  @Query(() => DirectiveConnection, {
    description:
      'Directives issued inside your scope or giving a task to a unit inside it, latest issued first; filter by status or by state as of a date. At most 100 a page.',
  })
  async directives(
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description:
        "As of this date (default today); also the default date of each listed directive's state, nearestDeadline, tasks and lines.",
    })
    asOf?: IsoDate | null,
    @Arg('status', () => DirectiveStatusEnum, { nullable: true, description: 'Only directives with this status.' })
    status?: DirectiveStatus | null,
    @Arg('state', () => ProgressStateEnum, { nullable: true, description: 'Only directives in this state on asOf.' })
    state?: ProgressState | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor.' })
    after?: string | null,
  ): Promise<DirectiveConnection> {
    const viewer = requireViewer(ctx.viewer);
    const page = pageOf(first, after);
    let rows = (await ctx.services.directives.store.visibleIn(viewer.scopePath)).filter(
      (d) => !status || d.status === status,
    );
    if (state) {
      const day = await asOfOr(ctx, asOf);
      const states = await Promise.all(rows.map((d) => this.state(d, ctx, day)));
      rows = rows.filter((_d, i) => states[i] === state);
    }
    // The nodes' own dates default to the list's, so the whole list moves in time together.
    const nodes = rows.slice(page.offset, page.offset + page.first).map((d) => ({ ...d, asOf: asOf ?? null }));
    return connection(nodes, rows.length, page) as DirectiveConnection;
  }

  @Query(() => [Body], {
    description: 'Agencies that are not administrative units (Công an tỉnh, Tỉnh Đoàn, Hội LHPN tỉnh), by code.',
  })
  async agencies(@Ctx() ctx: Context): Promise<Body[]> {
    requireViewer(ctx.viewer);
    const agencies = ctx.services.directives.agencies;
    return Promise.all((await agencies.all()).map(async (a) => toBody(await agencies.bodyOf(a.homeUnitId, a.id))));
  }

  @FieldResolver(() => Body, { description: 'Who issued it (cơ quan ban hành), e.g. "UBND tỉnh Bến Tre".' })
  async issuedBy(@Root() directive: DirectiveRow, @Ctx() ctx: Context): Promise<Body> {
    return toBody(await ctx.services.directives.agencies.bodyOf(directive.issuerUnitId, directive.issuerAgencyId));
  }

  @FieldResolver(() => Campaign, {
    nullable: true,
    description: 'The campaign it concerns (chiến dịch), whose targets linked tasks track.',
  })
  async campaign(@Root() directive: DirectiveRow, @Ctx() ctx: Context): Promise<Campaign | null> {
    return (await ctx.services.campaigns.all()).find((c) => c.id === directive.campaignId) ?? null;
  }

  @Extensions({ maxItems: LIMITS.tasks })
  @FieldResolver(() => [Task], {
    description: 'Its tasks in the order of the letter (at most 15), with states as of a date.',
  })
  async tasks(
    @Root() directive: DirectiveRow,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: IsoDate | null,
  ): Promise<Task[]> {
    const day = await dayOf(ctx, directive, asOf);
    return (await ctx.loaders.directives.tasks.load(directive.id)).map((t) => toTask(t, directive, day));
  }

  @FieldResolver(() => Task, {
    nullable: true,
    description: 'One task by its number in the letter; null when there is none.',
  })
  async task(
    @Root() directive: DirectiveRow,
    @Ctx() ctx: Context,
    @Arg('number', () => Int, { description: 'Task number (1, 2…).' }) number: number,
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: IsoDate | null,
  ): Promise<Task | null> {
    const row = (await ctx.loaders.directives.tasks.load(directive.id)).find((t) => t.number === number);
    return row ? toTask(row, directive, await dayOf(ctx, directive, asOf)) : null;
  }

  @FieldResolver(() => ProgressStateEnum, {
    description: "Its worst task's state on a date (trạng thái); NOT_STARTED without tasks.",
  })
  async state(
    @Root() directive: DirectiveRow,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: IsoDate | null,
  ): Promise<ProgressState> {
    const tasks = await ctx.loaders.directives.taskStatuses(directive, await dayOf(ctx, directive, asOf));
    return directiveState(tasks.map((t) => t.status.state));
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      'The earliest deadline of a task not DONE on that date (hạn gần nhất; past when overdue); null when every dated task is done.',
  })
  async nearestDeadline(
    @Root() directive: DirectiveRow,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: IsoDate | null,
  ): Promise<string | null> {
    const tasks = await ctx.loaders.directives.taskStatuses(directive, await dayOf(ctx, directive, asOf));
    return nearestDeadline(tasks.map(({ task, status }) => ({ deadline: task.deadline, state: status.state })));
  }

  @FieldResolver(() => AssignmentLineConnection, {
    description:
      'Its assignment lines inside your scope, filtered and sorted, e.g. every AT_RISK commune of Ba Tri: lines(state: AT_RISK, under: "836", level: COMMUNE). At most 100 a page.',
  })
  async lines(
    @Root() directive: DirectiveRow,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: IsoDate | null,
    @Arg('task', () => Int, { nullable: true, description: 'Only lines of this task number.' }) task?: number | null,
    @Arg('state', () => ProgressStateEnum, { nullable: true, description: 'Only lines in this state on asOf.' })
    state?: ProgressState | null,
    @Arg('under', () => String, {
      nullable: true,
      description: 'Only lines of this unit and the units below it (an agency counts at its home unit).',
    })
    under?: string | null,
    @Arg('level', () => LevelEnum, { nullable: true, description: 'Only lines of units of this level.' })
    level?: Level | null,
    @Arg('orderBy', () => LineOrderEnum, {
      nullable: true,
      description: 'Sort order (default TASK: the order of the letter).',
    })
    orderBy?: LineOrder | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor.' })
    after?: string | null,
  ): Promise<AssignmentLineConnection> {
    const page = pageOf(first, after);
    const day = await dayOf(ctx, directive, asOf);
    const lines = await queryLines(ctx, directive, day, { task, state, under, level, orderBy });
    const nodes = lines.slice(page.offset, page.offset + page.first).map((l) => toLine(l.item, day));
    return connection(nodes, lines.length, page) as AssignmentLineConnection;
  }
}
