import type { Attachment, DirectiveFields, IsoDate, ReportLevel, TaskKind } from '@chitieu/shared';
import type { UnitRow } from '../units/unit.service';

/** An agency as the services pass it around. */
export interface AgencyRow {
  id: number;
  code: string;
  name: string;
  shortName: string;
  homeUnitId: number;
}

export type { Attachment };

/** A stored directive: the header its writer gave (the campaign by id), who issued it, and when. */
export interface DirectiveRow extends Omit<DirectiveFields, 'campaign'> {
  id: number;
  /** The issuing People's Committee's unit, or the issuing agency's home unit. */
  issuerUnitId: number;
  issuerAgencyId: number | null;
  campaignId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface TaskRow {
  id: number;
  directiveId: number;
  number: number;
  title: string;
  text: string;
  kind: TaskKind;
  deadline: IsoDate | null;
  linkedTarget: boolean;
}

/** A line with its unit (the assignee's, or the agency's home unit) and where it belongs. */
export interface LineRow {
  id: number;
  taskId: number;
  directiveId: number;
  agencyId: number | null;
  addedAt: string;
  unit: UnitRow;
}

export interface UpdateRow {
  id: number;
  lineId: number;
  date: IsoDate;
  percent: number | null;
  done: boolean;
  text: string;
  userId: number | null;
  author: string;
  recordedAt: string;
}

export interface FiledReportRow {
  id: number;
  lineId: number;
  asOf: IsoDate;
  level: ReportLevel;
  filedOn: IsoDate;
  filedAt: string;
  userId: number | null;
  filedBy: string;
  snapshot: string;
}

/** A line with its task and directive: everything its state depends on besides figures. */
export interface LineInContext {
  line: LineRow;
  task: TaskRow;
  directive: DirectiveRow;
}

export const DIRECTIVE_COLUMNS = `d.id, d.number, d.kind, d.issuer_unit_id AS issuerUnitId, d.issuer_agency_id AS issuerAgencyId,
  d.signer_title AS signerTitle, d.signer_name AS signerName, d.issued_date AS issuedDate, d.title, d.summary,
  d.full_text AS fullText, d.campaign_id AS campaignId, d.status, d.attachments, d.created_at AS createdAt, d.updated_at AS updatedAt`;

export const TASK_COLUMNS = `t.id, t.directive_id AS directiveId, t.number, t.title, t.text, t.kind, t.deadline, t.linked_target AS linkedTarget`;

export const LINE_COLUMNS = `l.id, l.task_id AS taskId, t.directive_id AS directiveId, l.agency_id AS agencyId, l.added_at AS addedAt,
  u.id AS unitId, u.code AS unitCode, u.name AS unitName, u.type AS unitType, u.level AS unitLevel, u.parent_id AS unitParentId,
  u.path AS unitPath, u.synthetic AS unitSynthetic, u.population AS unitPopulation, u.hamlet_count AS unitHamletCount`;

export const UPDATE_COLUMNS = `x.id, x.line_id AS lineId, x.date, x.percent, x.done, x.text, x.user_id AS userId, x.author, x.recorded_at AS recordedAt`;

export const REPORT_COLUMNS = `r.id, r.line_id AS lineId, r.as_of AS asOf, r.level, r.filed_on AS filedOn, r.filed_at AS filedAt,
  r.user_id AS userId, r.filed_by AS filedBy, r.snapshot`;

export function toDirective(row: Omit<DirectiveRow, 'attachments'> & { attachments: string }): DirectiveRow {
  return { ...row, attachments: JSON.parse(row.attachments) as Attachment[] };
}

export function toTask(row: Omit<TaskRow, 'linkedTarget'> & { linkedTarget: number }): TaskRow {
  return { ...row, linkedTarget: row.linkedTarget === 1 };
}

export function toUpdate(row: Omit<UpdateRow, 'done'> & { done: number }): UpdateRow {
  return { ...row, done: row.done === 1 };
}

export interface FlatLine {
  id: number;
  taskId: number;
  directiveId: number;
  agencyId: number | null;
  addedAt: string;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitType: string;
  unitLevel: UnitRow['level'];
  unitParentId: number | null;
  unitPath: string;
  unitSynthetic: number;
  unitPopulation: number | null;
  unitHamletCount: number;
}

export function toLine(r: FlatLine): LineRow {
  return {
    id: r.id,
    taskId: r.taskId,
    directiveId: r.directiveId,
    agencyId: r.agencyId,
    addedAt: r.addedAt,
    unit: {
      id: r.unitId,
      code: r.unitCode,
      name: r.unitName,
      type: r.unitType,
      level: r.unitLevel,
      parentId: r.unitParentId,
      path: r.unitPath,
      synthetic: Boolean(r.unitSynthetic),
      population: r.unitPopulation,
      hamletCount: r.unitHamletCount,
    },
  };
}
