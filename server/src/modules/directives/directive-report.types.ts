import { Extensions, Field, Float, Int, ObjectType } from 'type-graphql';
import type { IsoDate, ProgressState, ReportLevel, TaskKind } from '@chitieu/shared';
import { DateScalar } from '../../core/scalars';
import { ProgressStateEnum } from '../tallies/progress.types';
import { ReportLevelEnum, TaskKindEnum } from './directive.enums';
import type { DirectiveRow } from './directive.rows';

/** Most communes a province has (about 580 in 2023): the bound of a report's rows, for the cost estimate. */
export const MAX_REPORT_ROWS = 600;

@ObjectType({ description: "One unit's row of a directive report (dòng báo cáo)." })
export class ReportRow {
  @Field(() => String, { description: 'Unit code (mã đơn vị).' }) unitCode: string;
  @Field(() => String, { description: 'Unit name (tên đơn vị).' }) unitName: string;
  @Field(() => Int, { description: "The unit's target (chỉ tiêu)." }) target: number;
  @Field(() => Int, { description: 'Collected, cumulative (thu nhận).' }) collected: number;
  @Field(() => Int, { description: 'Activated, cumulative (kích hoạt).' }) activated: number;
  @Field(() => Float, {
    nullable: true,
    description: 'collected ÷ target, exact (tỷ lệ thu nhận); null without a target.',
  })
  collectedRate: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'activated ÷ target, exact (tỷ lệ kích hoạt); null without a target.',
  })
  activatedRate: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Collected since the previous filed report (tăng so với kỳ trước); null without one.',
  })
  collectedChange: number | null;
  @Field(() => Int, { nullable: true, description: 'Activated since the previous filed report; null without one.' })
  activatedChange: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Rank by activation rate, then collection rate; ties share a rank (xếp hạng). Null on the total row.',
  })
  rank: number | null;
  @Field(() => ProgressStateEnum, { description: "The unit's state against the campaign deadline (trạng thái)." })
  state: ProgressState;
}

@ObjectType({ description: 'The state of one task of the directive in a report (tình hình thực hiện nhiệm vụ).' })
export class ReportTask {
  @Field(() => Int, { description: 'Task number (số thứ tự).' }) number: number;
  @Field(() => String, { description: 'Task title (nội dung).' }) title: string;
  @Field(() => TaskKindEnum, { description: 'Kind of task (loại).' }) kind: TaskKind;
  @Field(() => DateScalar, { nullable: true, description: 'Deadline (thời hạn).' }) deadline: IsoDate | null;
  @Field(() => ProgressStateEnum, { description: "Its worst line's state (trạng thái)." }) state: ProgressState;
  /** Read through ReportTaskResolver, which checks scope as Task.percentDone does. */
  percentDone: number | null;
  /** The directive the report is of: the scope check of percentDone reads its lines. */
  directive: DirectiveRow;
}

@ObjectType({
  description: 'The report of a REPORT_BY task as of a date (báo cáo kết quả thực hiện), as generated or as filed.',
})
export class DirectiveReport {
  @Field(() => String, { description: 'Directive number (số văn bản).' }) directiveNumber: string;
  @Field(() => String, { description: 'Directive title (trích yếu).' }) directiveTitle: string;
  @Field(() => String, { description: "Issuing body's name (cơ quan ban hành)." }) issuedBy: string;
  @Field(() => DateScalar, { description: 'Issue date (ngày ban hành).' }) issuedDate: string;
  @Field(() => Int, { description: 'Number of the report task (nhiệm vụ báo cáo).' }) taskNumber: number;
  @Field(() => String, { description: 'Title of the report task.' }) taskTitle: string;
  @Field(() => DateScalar, { nullable: true, description: 'When the report is due (hạn báo cáo).' }) deadline:
    string | null;
  @Field(() => String, { description: 'Code of the reporting assignee (đơn vị báo cáo).' }) assigneeCode: string;
  @Field(() => String, { description: 'Name of the reporting assignee.' }) assigneeName: string;
  @Field(() => String, { description: 'Campaign code (chiến dịch).' }) campaign: string;
  @Field(() => DateScalar, { description: 'The date the figures are for (số liệu tính đến ngày).' }) asOf: string;
  @Field(() => ReportLevelEnum, { description: 'Districts or communes (cấp báo cáo).' }) level: ReportLevel;
  @Field(() => ReportRow, { description: 'The reporting unit as a whole (tổng cộng); rank is null.' }) total: ReportRow;
  @Extensions({ maxItems: MAX_REPORT_ROWS })
  @Field(() => [ReportRow], { description: 'One row per district or commune, in tree order (chi tiết).' })
  rows: ReportRow[];
  @Field(() => DateScalar, {
    nullable: true,
    description: 'As-of date of the previous filed report the changes are measured from (kỳ trước); null without one.',
  })
  previousAsOf: string | null;
  @Extensions({ maxItems: 15 })
  @Field(() => [ReportTask], { description: 'Every task of the directive with its state (tình hình các nhiệm vụ).' })
  tasks: ReportTask[];
}
