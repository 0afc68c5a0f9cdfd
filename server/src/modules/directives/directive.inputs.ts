import { Field, Float, InputType, Int } from 'type-graphql';
import type { DirectiveKind, DirectiveStatus, ReportLevel, TaskKind } from '@chitieu/shared';
import { DateScalar } from '../../core/scalars';
import { DirectiveKindEnum, DirectiveStatusEnum, ReportLevelEnum, TaskKindEnum } from './directive.enums';

@InputType({ description: 'A link to attach (tệp đính kèm).' })
export class AttachmentInput {
  @Field(() => String, { description: 'What it is.' }) title: string;
  @Field(() => String, { description: 'An http(s) address.' }) url: string;
}

@InputType({ description: 'A task to add (nhiệm vụ) with its assignees.' })
export class TaskInput {
  @Field(() => String, { description: 'What must be done, in short.' }) title: string;
  @Field(() => String, { nullable: true, description: 'The wording of the letter; blank means none.' }) text?:
    string | null;
  @Field(() => TaskKindEnum, { description: 'ONGOING, DUE_BY or REPORT_BY.' }) kind: TaskKind;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Deadline, on or after the issue date; required for DUE_BY and REPORT_BY, absent for ONGOING.',
  })
  deadline?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "DUE_BY only: each line tracks its unit's target in the directive's campaign (default false).",
  })
  linkedToTarget?: boolean | null;
  @Field(() => [String], {
    description: "Assignees: unit codes (their People's Committees) or agency codes, inside the issuer's scope.",
  })
  assignees: string[];
}

@InputType({ description: 'A new directive (văn bản chỉ đạo) with its tasks: saved all together or not at all.' })
export class CreateDirectiveInput {
  @Field(() => String, {
    description:
      'Number and symbol, e.g. "7027/UBND-KSTT"; unique per issuer and along the issuer\'s path: CONFLICT when the issuer, a unit above it or a unit below it already used it, so that whoever sees two letters of one number never has to name the issuer (sibling units, e.g. two districts, may each have their own 45/KH-UBND: only users above both see both, and they pass `issuer`).',
  })
  number: string;
  @Field(() => DirectiveKindEnum, { description: 'Kind of letter.' }) kind: DirectiveKind;
  @Field(() => String, {
    description: "Issuer: a unit code (its People's Committee) or an agency code, inside your scope.",
  })
  issuer: string;
  @Field(() => String, { description: 'Title of the signer, e.g. "Chủ tịch UBND tỉnh".' }) signerTitle: string;
  @Field(() => String, { nullable: true, description: 'Name of the signer.' }) signerName?: string | null;
  @Field(() => DateScalar, { description: 'Issue date, not after today.' }) issuedDate: string;
  @Field(() => String, { description: 'Title (trích yếu).' }) title: string;
  @Field(() => String, { nullable: true, description: 'Summary; blank (spaces only) means none.' }) summary?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Full text; blank means none.' }) fullText?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Code of the campaign it concerns (needed for tasks linked to the target).',
  })
  campaign?: string | null;
  @Field(() => DirectiveStatusEnum, { nullable: true, description: 'Default IN_FORCE.' })
  status?: DirectiveStatus | null;
  @Field(() => [AttachmentInput], { nullable: true, description: 'Attached documents, at most 20.' }) attachments?:
    AttachmentInput[] | null;
  @Field(() => [TaskInput], { nullable: true, description: 'Its tasks, numbered 1, 2… in this order (at most 15).' })
  tasks?: TaskInput[] | null;
}

@InputType({ description: 'Names a directive: its number, and its issuer when two issuers used the number.' })
export class DirectiveRefInput {
  @Field(() => String, { description: 'Directive number, e.g. "7027/UBND-KSTT".' }) directive: string;
  @Field(() => String, {
    nullable: true,
    description: 'Issuer code (unit or agency); optional when the number is unambiguous.',
  })
  issuer?: string | null;
}

@InputType({ description: "Changes to a directive's header; absent fields stay as they are." })
export class UpdateDirectiveInput extends DirectiveRefInput {
  @Field(() => String, {
    nullable: true,
    description:
      "New number, by the same rule as at creation: unique per issuer and along the issuer's path: CONFLICT when the issuer, a unit above it or a unit below it already used it, so that whoever sees two letters of one number never has to name the issuer (sibling units, e.g. two districts, may each have their own 45/KH-UBND: only users above both see both, and they pass `issuer`).",
  })
  number?: string | null;
  @Field(() => DirectiveKindEnum, { nullable: true, description: 'Kind of letter.' }) kind?: DirectiveKind | null;
  @Field(() => String, { nullable: true, description: 'Title of the signer.' }) signerTitle?: string | null;
  @Field(() => String, { nullable: true, description: 'Name of the signer ("" clears it).' }) signerName?:
    string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: "Issue date: not after today, nor after any task's deadline.",
  })
  issuedDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Title.' }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Summary; blank (spaces only) means none.' }) summary?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Full text; blank means none.' }) fullText?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Campaign code ("" removes it, refused while a task tracks the target).',
  })
  campaign?: string | null;
  @Field(() => DirectiveStatusEnum, { nullable: true, description: 'In force, completed or superseded.' })
  status?: DirectiveStatus | null;
  @Field(() => [AttachmentInput], { nullable: true, description: 'The whole new list of attachments.' }) attachments?:
    AttachmentInput[] | null;
}

@InputType({ description: 'A task to add to an existing directive; it gets the next number.' })
export class AddTaskInput extends TaskInput {
  @Field(() => String, { description: 'Directive number.' }) directive: string;
  @Field(() => String, { nullable: true, description: 'Issuer code, when the number is ambiguous.' }) issuer?:
    string | null;
}

@InputType({ description: 'Names a task: its directive and its number in the letter.' })
export class TaskRefInput extends DirectiveRefInput {
  @Field(() => Int, { description: 'Task number (1, 2…).' }) task: number;
}

@InputType({ description: 'Changes to a task; absent fields stay as they are.' })
export class UpdateTaskInput extends TaskRefInput {
  @Field(() => String, { nullable: true, description: 'What must be done, in short.' }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'The wording of the letter; blank means none.' }) text?:
    string | null;
  @Field(() => TaskKindEnum, { nullable: true, description: 'ONGOING, DUE_BY or REPORT_BY.' }) kind?: TaskKind | null;
  @Field(() => DateScalar, { nullable: true, description: 'Deadline, on or after the issue date.' }) deadline?:
    string | null;
  @Field(() => Boolean, { nullable: true, description: "Track each line against its unit's target (DUE_BY only)." })
  linkedToTarget?: boolean | null;
}

@InputType({ description: 'Removes a task (kept on record, never deleted).' })
export class RemoveTaskInput extends TaskRefInput {
  @Field(() => String, { nullable: true, description: 'Why (lý do).' }) reason?: string | null;
}

@InputType({ description: 'Gives a task to more assignees, one line each.' })
export class AddAssigneesInput extends TaskRefInput {
  @Field(() => [String], { description: "Unit or agency codes (at most 500), inside the issuer's scope." })
  assignees: string[];
}

@InputType({ description: "Names one assignee's line of a task." })
export class LineRefInput extends TaskRefInput {
  @Field(() => String, {
    nullable: true,
    description: 'Assignee code (unit or agency); optional when the task has one line.',
  })
  assignee?: string | null;
}

@InputType({ description: 'Takes a task away from one assignee (the line is kept on record).' })
export class RemoveAssigneeInput extends LineRefInput {
  @Field(() => String, { nullable: true, description: 'Why (lý do).' }) reason?: string | null;
}

@InputType({ description: 'A progress update on an unlinked line (cập nhật tiến độ).' })
export class ProgressUpdateInput extends LineRefInput {
  @Field(() => String, { description: 'What was done (1 to 2,000 characters).' }) text: string;
  @Field(() => Float, { nullable: true, description: 'Percent done, 0..1; required on DUE_BY and REPORT_BY lines.' })
  percent?: number | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The date it speaks for (default today; not after today, not before the issue date).',
  })
  date?: string | null;
}

@InputType({ description: 'The DONE mark on an unlinked DUE_BY line (đánh dấu hoàn thành).' })
export class MarkLineDoneInput extends LineRefInput {
  @Field(() => String, { nullable: true, description: 'A note (default "Đã hoàn thành.").' }) text?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The date it was done (default today).' }) date?:
    string | null;
}

@InputType({ description: 'Files the report of a REPORT_BY line: keeps its snapshot and marks the line DONE.' })
export class FileReportInput extends LineRefInput {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The date its figures are for (default today; not after today).',
  })
  asOf?: string | null;
  @Field(() => ReportLevelEnum, { nullable: true, description: 'Rows per district (default) or per commune.' })
  level?: ReportLevel | null;
}
