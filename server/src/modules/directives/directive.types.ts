import { Extensions, Field, ID, Int, ObjectType } from 'type-graphql';
import type { BodyKind, DirectiveKind, DirectiveStatus, IsoDate, TaskKind } from '@chitieu/shared';
import { DateScalar } from '../../core/scalars';
import { PageInfo } from '../units/unit.types';
import type { UnitRow } from '../units/unit.service';
import { bodyCode, bodyName, type Body as BodyRef } from './agency.service';
import type { DirectiveRow, TaskRow } from './directive.rows';
import { BodyKindEnum, DirectiveKindEnum, DirectiveStatusEnum, TaskKindEnum } from './directive.enums';

@ObjectType({
  description:
    "A body (cơ quan) that issues directives or is given tasks: a unit's People's Committee (UBND) or an agency.",
})
export class Body {
  unitRow: UnitRow;

  @Field(() => BodyKindEnum, { description: "People's Committee of a unit, or an agency (loại cơ quan)." })
  kind: BodyKind;
  @Field(() => String, {
    description:
      'Code: the unit\'s code for a People\'s Committee ("83"), the agency\'s own code otherwise ("CAT-83").',
  })
  code: string;
  @Field(() => String, {
    description: 'Name as letters write it (tên cơ quan): "UBND tỉnh Bến Tre", "Công an tỉnh Bến Tre".',
  })
  name: string;
  @Field(() => String, { description: 'Short name (tên ngắn): "UBND tỉnh Bến Tre", "Công an tỉnh".' })
  shortName: string;
}

export function toBody(body: BodyRef): Body {
  return {
    unitRow: body.unit,
    kind: body.kind,
    code: bodyCode(body),
    name: bodyName(body),
    shortName: body.agency?.shortName ?? bodyName(body),
  };
}

@ObjectType({ description: 'A link to a document attached to a directive (tệp đính kèm).' })
export class Attachment {
  @Field(() => String, { description: 'What it is (tên tệp).' }) title: string;
  @Field(() => String, { description: 'Where it is: an http(s) address.' }) url: string;
}

@ObjectType({
  description: 'A directive (văn bản chỉ đạo: công văn, kế hoạch…): a numbered letter with tasks for named assignees.',
})
export class Directive implements Pick<DirectiveRow, 'id' | 'number'> {
  issuerUnitId: number;
  issuerAgencyId: number | null;
  campaignId: number | null;
  createdAt: string;

  @Field(() => ID, { description: 'Stable id (for caches); people name a directive by its number and issuer.' })
  id: number;
  @Field(() => String, {
    description:
      'Number and symbol (số, ký hiệu), e.g. "7027/UBND-KSTT"; unique per issuer, and never repeated above or below the issuer (so `directive(number:)` needs `issuer` only for users above two sibling issuers).',
  })
  number: string;
  @Field(() => DirectiveKindEnum, { description: 'Kind of letter (loại văn bản).' }) kind: DirectiveKind;
  @Field(() => String, { description: 'Title of the signer (chức vụ người ký), e.g. "Chủ tịch UBND tỉnh".' })
  signerTitle: string;
  @Field(() => String, { nullable: true, description: 'Name of the signer (người ký), when recorded.' }) signerName:
    string | null;
  @Field(() => DateScalar, { description: 'Date issued (ngày ban hành).' }) issuedDate: string;
  @Field(() => String, { description: 'Title (trích yếu).' }) title: string;
  @Field(() => String, { description: 'Summary (tóm tắt).' }) summary: string;
  @Field(() => String, { description: 'Full text (toàn văn).' }) fullText: string;
  @Field(() => DirectiveStatusEnum, { description: 'In force, completed or superseded (hiệu lực).' })
  status: DirectiveStatus;
  @Extensions({ maxItems: 20 })
  @Field(() => [Attachment], { description: 'Attached documents (tệp đính kèm), at most 20.' })
  attachments: Attachment[];
  @Field(() => String, { description: 'When it was last changed here (real clock, ISO instant).' }) updatedAt: string;
}

@ObjectType({ description: 'A task of a directive (nhiệm vụ), as of a date, with one line per assignee.' })
export class Task {
  id: number;
  directive: DirectiveRow;

  @Field(() => Int, { description: 'Its number in the letter (số thứ tự nhiệm vụ).' }) number: number;
  @Field(() => String, { description: 'What must be done, in short (nội dung).' }) title: string;
  @Field(() => String, { description: 'The wording of the letter (nội dung đầy đủ).' }) text: string;
  @Field(() => TaskKindEnum, { description: 'ONGOING, DUE_BY a date or REPORT_BY a date (loại nhiệm vụ).' })
  kind: TaskKind;
  @Field(() => DateScalar, { nullable: true, description: 'Deadline (thời hạn); null for ONGOING tasks.' }) deadline:
    string | null;
  @Field(() => Boolean, {
    description:
      "True when each line tracks its unit's target (gắn chỉ tiêu): progress from tallies, never ticked by hand.",
  })
  linkedToTarget: boolean;
  @Field(() => DateScalar, { description: 'The date states and percents are for (tính đến ngày).' }) asOf: string;
}

export function toTask(row: TaskRow, directive: DirectiveRow, asOf: IsoDate): Task {
  return {
    id: row.id,
    directive,
    number: row.number,
    title: row.title,
    text: row.text,
    kind: row.kind,
    deadline: row.deadline,
    linkedToTarget: row.linkedTarget,
    asOf,
  };
}

@ObjectType({ description: 'A page of directives (văn bản chỉ đạo), latest issued first.' })
export class DirectiveConnection {
  @Field(() => [Directive], { description: 'The directives of this page.' }) nodes: Directive[];
  @Field(() => Int, { description: 'How many directives match in all.' }) totalCount: number;
  @Field(() => PageInfo, { description: 'Where this page ends.' }) pageInfo: PageInfo;
}
