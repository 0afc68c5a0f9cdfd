import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A campaign with its two counts, its dates and the target of its root unit. */
@Entity('campaign')
export class CampaignEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) description: string;
  @Column({ name: 'collected_label', type: 'text' }) collectedLabel: string;
  @Column({ name: 'activated_label', type: 'text' }) activatedLabel: string;
  @Column({ name: 'start_date', type: 'text' }) startDate: string;
  @Column({ type: 'text' }) deadline: string;
  @Column({ name: 'root_unit_id', type: 'integer' }) rootUnitId: number;
  @Column({ name: 'created_at', type: 'text' }) createdAt: string;
}

@Entity('setting')
export class SettingEntity {
  @Column({ type: 'text', primary: true }) key: string;
  @Column({ type: 'text' }) value: string;
}
