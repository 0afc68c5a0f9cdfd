import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One change, on record for good (the table refuses updates and deletes). */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) at: string;
  @Column({ name: 'user_id', type: 'integer', nullable: true }) userId: number | null;
  @Column({ type: 'text' }) username: string;
  @Column({ type: 'text', nullable: true }) role: string | null;
  @Column({ type: 'text' }) action: string;
  @Column({ name: 'unit_id', type: 'integer', nullable: true }) unitId: number | null;
  @Column({ name: 'unit_path', type: 'text', nullable: true }) unitPath: string | null;
  @Column({ name: 'campaign_id', type: 'integer', nullable: true }) campaignId: number | null;
  @Column({ type: 'text', nullable: true }) field: string | null;
  @Column({ name: 'old_value', type: 'text', nullable: true }) oldValue: string | null;
  @Column({ name: 'new_value', type: 'text', nullable: true }) newValue: string | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'request_id', type: 'text', nullable: true }) requestId: string | null;
}
