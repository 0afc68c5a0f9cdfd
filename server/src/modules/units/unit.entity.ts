import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Level } from '@chitieu/shared';

/** A unit of the administrative tree (province, district, commune or hamlet). */
@Entity('unit')
export class UnitEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) type: string;
  @Column({ type: 'text' }) level: Level;
  @Column({ name: 'parent_id', type: 'integer', nullable: true }) parentId: number | null;
  @Column({ type: 'text' }) path: string;
  @Column({ name: 'search_name', type: 'text' }) searchName: string;
  @Column({ type: 'boolean' }) synthetic: boolean;
  @Column({ type: 'integer', nullable: true }) population: number | null;
  @Column({ name: 'hamlet_count', type: 'integer' }) hamletCount: number;
}
