import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { IsoDate, ReportLevel } from '@chitieu/shared';
import { DateScalar } from '../../core/scalars';
import { PageInfo } from '../units/unit.types';
import type { LineInContext } from './directive.rows';
import { ReportLevelEnum } from './directive.enums';

@ObjectType({ description: "One assignee's line of a task (dòng giao việc), with its own state as of a date." })
export class AssignmentLine {
  item: LineInContext;

  @Field(() => ID, { description: 'Stable id of the line.' }) id: number;
  @Field(() => DateScalar, { description: 'The date the state and percent are for (tính đến ngày).' }) asOf: string;
}

export function toLine(item: LineInContext, asOf: IsoDate): AssignmentLine {
  return { item, id: item.line.id, asOf };
}

@ObjectType({ description: 'A dated progress update on an unlinked line (cập nhật tiến độ); `done` is the DONE mark.' })
export class ProgressUpdate {
  @Field(() => ID, { description: 'Stable id.' }) id: number;
  @Field(() => DateScalar, { description: 'The business date it speaks for (ngày cập nhật).' }) date: string;
  @Field(() => Float, {
    nullable: true,
    description: 'Percent done reported, 0..1 (tỷ lệ hoàn thành); null on a note.',
  })
  percent: number | null;
  @Field(() => Boolean, { description: 'True for the DONE mark (đánh dấu hoàn thành).' }) done: boolean;
  @Field(() => String, { description: 'What was done (nội dung).' }) text: string;
  @Field(() => String, { description: 'Who posted it (người cập nhật): a username.' }) author: string;
  @Field(() => String, { description: 'When it was recorded (real clock, ISO instant).' }) recordedAt: string;
}

@ObjectType({ description: 'A filed report (báo cáo đã nộp): the snapshot kept when it was filed.' })
export class FiledReport {
  snapshot: string;

  @Field(() => ID, { description: 'Stable id.' }) id: number;
  @Field(() => DateScalar, { description: 'The date its figures are for (số liệu tính đến ngày).' }) asOf: string;
  @Field(() => ReportLevelEnum, { description: 'Its rows: districts or communes (cấp báo cáo).' }) level: ReportLevel;
  @Field(() => DateScalar, {
    description: 'The business date it was filed (ngày nộp): the line is DONE from this date.',
  })
  filedOn: string;
  @Field(() => String, { description: 'When it was filed (real clock, ISO instant).' }) filedAt: string;
  @Field(() => String, { description: 'Who filed it (người nộp): a username.' }) filedBy: string;
}

@ObjectType({ description: 'A page of assignment lines (dòng giao việc).' })
export class AssignmentLineConnection {
  @Field(() => [AssignmentLine], { description: 'The lines of this page.' }) nodes: AssignmentLine[];
  @Field(() => Int, { description: 'How many lines match in all (within your scope).' }) totalCount: number;
  @Field(() => PageInfo, { description: 'Where this page ends.' }) pageInfo: PageInfo;
}
