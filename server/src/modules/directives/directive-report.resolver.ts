import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { DirectiveReportData } from './directive-report.service';
import { DirectiveReport, ReportTask } from './directive-report.types';
import { FiledReport } from './directive-line.types';
import type { DirectiveRow, FiledReportRow } from './directive.rows';
import { assertCanSeeTaskFigure } from './task-figure';

/** A report as the API serves it: each of its tasks knows its directive, for the scope check of its figure. */
export interface ServedReport extends Omit<DirectiveReportData, 'tasks'> {
  tasks: ReportTask[];
}

/** A filed report as the API serves it, with the directive of its line. */
export interface ServedFiledReport extends FiledReportRow {
  directive: DirectiveRow;
}

export function servedReport(report: DirectiveReportData, directive: DirectiveRow): ServedReport {
  return { ...report, tasks: report.tasks.map((t) => ({ ...t, directive })) };
}

export function servedFiled(filed: FiledReportRow, directive: DirectiveRow): ServedFiledReport {
  return { ...filed, directive };
}

@Resolver(() => FiledReport)
export class FiledReportResolver {
  @FieldResolver(() => DirectiveReport, {
    description:
      "The report exactly as it was filed (snapshot); its tasks' percentDone is checked against your scope as today's figures are.",
  })
  report(@Root() filed: ServedFiledReport): ServedReport {
    return servedReport(JSON.parse(filed.snapshot) as DirectiveReportData, filed.directive);
  }
}

@Resolver(() => ReportTask)
export class ReportTaskResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "Mean percent done of its lines, 0..1 (tỷ lệ hoàn thành), as of the report's date. FORBIDDEN when some of the task's lines are outside your scope: the same check as Task.percentDone, in a generated report and in a filed one alike.",
  })
  async percentDone(@Root() task: ReportTask, @Ctx() ctx: Context): Promise<number | null> {
    await assertCanSeeTaskFigure(ctx, task.directive, task.number);
    return task.percentDone;
  }
}
