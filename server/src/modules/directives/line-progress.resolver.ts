import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { IsoDate, ReportLevel } from '@chitieu/shared';
import type { Context } from '../context';
import { DateScalar } from '../../core/scalars';
import { assertCanRead, requireViewer } from '../access/viewer';
import { asOfOr, findDirective, findLine, writerFor } from './directive-context';
import { AssignmentLine, FiledReport, toLine } from './directive-line.types';
import { servedFiled, servedReport, type ServedFiledReport, type ServedReport } from './directive-report.resolver';
import { DirectiveReport } from './directive-report.types';
import { ReportLevelEnum } from './directive.enums';
import { FileReportInput, MarkLineDoneInput, ProgressUpdateInput } from './directive.inputs';

/** Assignees' work on their lines: updates, the DONE mark, and the report of a REPORT_BY task. */
@Resolver()
export class LineProgressResolver {
  @Mutation(() => AssignmentLine, {
    description:
      "Posts a dated progress update on an unlinked line (admins in scope, or the commune's own officials). A line linked to the target is never updated by hand: BAD_USER_INPUT.",
  })
  async postProgressUpdate(
    @Arg('input', () => ProgressUpdateInput) input: ProgressUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<AssignmentLine> {
    const ref = await findLine(ctx, input);
    await ctx.services.directives.lines.postUpdate(
      ref,
      { text: input.text, percent: input.percent ?? null, date: input.date ?? null },
      await writerFor(ctx),
    );
    ctx.loaders.directives.clearAll();
    return toLine(ref, await ctx.services.clock.today());
  }

  @Mutation(() => AssignmentLine, {
    description: 'Marks an unlinked DUE_BY line done on a date (default today): DONE from that date on.',
  })
  async markLineDone(
    @Arg('input', () => MarkLineDoneInput) input: MarkLineDoneInput,
    @Ctx() ctx: Context,
  ): Promise<AssignmentLine> {
    const ref = await findLine(ctx, input);
    await ctx.services.directives.lines.markDone(
      ref,
      { text: input.text ?? null, date: input.date ?? null },
      await writerFor(ctx),
    );
    ctx.loaders.directives.clearAll();
    return toLine(ref, await ctx.services.clock.today());
  }

  @Mutation(() => FiledReport, {
    description:
      'Generates the report of a REPORT_BY line as of a date and files it: the snapshot is kept and the line is DONE from today. Later reports show the change since this one.',
  })
  async fileReport(
    @Arg('input', () => FileReportInput) input: FileReportInput,
    @Ctx() ctx: Context,
  ): Promise<ServedFiledReport> {
    const ref = await findLine(ctx, input);
    const writer = await writerFor(ctx);
    const asOf = await asOfOr(ctx, input.asOf);
    const level = input.level ?? 'DISTRICT';
    ctx.services.directives.lines.assertCanFile(ref, asOf, writer);
    const snapshot = await ctx.services.directives.reports.build(ref, asOf, level, ctx.loaders);
    const filed = await ctx.services.directives.lines.fileReport(ref, { asOf, level, snapshot }, writer);
    ctx.loaders.directives.clearAll();
    return servedFiled(filed, ref.directive);
  }

  @Query(() => DirectiveReport, {
    description:
      'The report of a REPORT_BY task as of a date, per district (or per commune) under the reporting assignee, with the state of every task. FORBIDDEN when that unit is outside your scope. Also as CSV: GET /api/export/directive-report?directive=…&task=…&asOf=…&level=….',
  })
  async directiveReport(
    @Ctx() ctx: Context,
    @Arg('directive', () => String, { description: 'Directive number, e.g. "7027/UBND-KSTT".' }) directive: string,
    @Arg('task', () => Int, { description: 'Number of the REPORT_BY task.' }) task: number,
    @Arg('issuer', () => String, { nullable: true, description: 'Issuer code, when the number is ambiguous.' })
    issuer?: string | null,
    @Arg('assignee', () => String, { nullable: true, description: 'Reporting assignee, when the task has several.' })
    assignee?: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Figures as of this date (default today).' })
    asOf?: IsoDate | null,
    @Arg('level', () => ReportLevelEnum, { nullable: true, description: 'Rows per district (default) or per commune.' })
    level?: ReportLevel | null,
  ): Promise<ServedReport> {
    const viewer = requireViewer(ctx.viewer);
    const row = await findDirective(ctx, directive, issuer, viewer);
    const ref = await ctx.services.directives.lookup.line(
      row,
      await ctx.services.directives.lookup.task(row, task),
      assignee,
    );
    assertCanRead(viewer, ref.line.unit);
    return servedReport(
      await ctx.services.directives.reports.build(ref, await asOfOr(ctx, asOf), level ?? 'DISTRICT', ctx.loaders),
      ref.directive,
    );
  }
}
