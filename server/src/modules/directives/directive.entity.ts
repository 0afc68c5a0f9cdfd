import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An agency (cơ quan) that is not an administrative unit, with its home unit. */
@Entity('agency')
export class AgencyEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'short_name', type: 'text' }) shortName: string;
  @Column({ name: 'home_unit_id', type: 'integer' }) homeUnitId: number;
}

/** A directive (văn bản chỉ đạo): a numbered letter from a People's Committee or an agency. */
@Entity('directive')
export class DirectiveEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) number: string;
  @Column({ type: 'text' }) kind: string;
  @Column({ name: 'issuer_unit_id', type: 'integer' }) issuerUnitId: number;
  @Column({ name: 'issuer_agency_id', type: 'integer', nullable: true }) issuerAgencyId: number | null;
  @Column({ name: 'signer_title', type: 'text' }) signerTitle: string;
  @Column({ name: 'signer_name', type: 'text', nullable: true }) signerName: string | null;
  @Column({ name: 'issued_date', type: 'text' }) issuedDate: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) summary: string;
  @Column({ name: 'full_text', type: 'text' }) fullText: string;
  @Column({ name: 'campaign_id', type: 'integer', nullable: true }) campaignId: number | null;
  @Column({ type: 'text' }) status: string;
  @Column({ type: 'text' }) attachments: string;
  @Column({ name: 'created_at', type: 'text' }) createdAt: string;
  @Column({ name: 'updated_at', type: 'text' }) updatedAt: string;
}

/** A task of a directive, numbered as in the letter. */
@Entity('directive_task')
export class DirectiveTaskEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ name: 'directive_id', type: 'integer' }) directiveId: number;
  @Column({ type: 'integer' }) number: number;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'text', nullable: true }) deadline: string | null;
  @Column({ name: 'linked_target', type: 'boolean' }) linkedTarget: boolean;
  @Column({ name: 'removed_at', type: 'text', nullable: true }) removedAt: string | null;
}

/** One assignee's line of a task. */
@Entity('directive_line')
export class DirectiveLineEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ name: 'task_id', type: 'integer' }) taskId: number;
  @Column({ name: 'unit_id', type: 'integer' }) unitId: number;
  @Column({ name: 'agency_id', type: 'integer', nullable: true }) agencyId: number | null;
  @Column({ name: 'added_at', type: 'text' }) addedAt: string;
  @Column({ name: 'removed_at', type: 'text', nullable: true }) removedAt: string | null;
}

/** A dated progress update (or DONE mark) on an unlinked line. */
@Entity('directive_update')
export class DirectiveUpdateEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ name: 'line_id', type: 'integer' }) lineId: number;
  @Column({ type: 'text' }) date: string;
  @Column({ type: 'real', nullable: true }) percent: number | null;
  @Column({ type: 'boolean' }) done: boolean;
  @Column({ type: 'text' }) text: string;
  @Column({ name: 'user_id', type: 'integer', nullable: true }) userId: number | null;
  @Column({ type: 'text' }) author: string;
  @Column({ name: 'recorded_at', type: 'text' }) recordedAt: string;
}

/** A filed report with the snapshot it was filed with. */
@Entity('directive_report')
export class DirectiveReportEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ name: 'line_id', type: 'integer' }) lineId: number;
  @Column({ name: 'as_of', type: 'text' }) asOf: string;
  @Column({ type: 'text' }) level: string;
  @Column({ name: 'filed_on', type: 'text' }) filedOn: string;
  @Column({ name: 'filed_at', type: 'text' }) filedAt: string;
  @Column({ name: 'user_id', type: 'integer', nullable: true }) userId: number | null;
  @Column({ name: 'filed_by', type: 'text' }) filedBy: string;
  @Column({ type: 'text' }) snapshot: string;
}

export const DIRECTIVE_ENTITIES = [
  AgencyEntity,
  DirectiveEntity,
  DirectiveTaskEntity,
  DirectiveLineEntity,
  DirectiveUpdateEntity,
  DirectiveReportEntity,
];
