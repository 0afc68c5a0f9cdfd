import { Column, Entity } from 'typeorm';

/** The target of one unit in one campaign. */
@Entity('target')
export class TargetEntity {
  @Column({ name: 'campaign_id', type: 'integer', primary: true }) campaignId: number;
  @Column({ name: 'unit_id', type: 'integer', primary: true }) unitId: number;
  @Column({ type: 'integer' }) target: number;
}
