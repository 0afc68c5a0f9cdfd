import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A saved query: its owner's (or the system's, for the examples), private or shared with a unit. */
@Entity('saved_query')
export class SavedQueryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ name: 'owner_id', type: 'integer', nullable: true }) ownerId: number | null;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'text' }) query: string;
  @Column({ type: 'text', nullable: true }) variables: string | null;
  @Column({ type: 'boolean' }) shared: boolean;
  @Column({ name: 'shared_unit_id', type: 'integer', nullable: true }) sharedUnitId: number | null;
  @Column({ name: 'example_key', type: 'text', nullable: true }) exampleKey: string | null;
  @Column({ name: 'search_text', type: 'text' }) searchText: string;
  @Column({ name: 'created_at', type: 'text' }) createdAt: string;
  @Column({ name: 'updated_at', type: 'text' }) updatedAt: string;
}

/** One operation a user ran in the query editor. */
@Entity('query_history')
export class QueryHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ name: 'user_id', type: 'integer' }) userId: number;
  @Column({ name: 'ran_at', type: 'text' }) ranAt: string;
  @Column({ name: 'operation_name', type: 'text', nullable: true }) operationName: string | null;
  @Column({ type: 'text' }) query: string;
  @Column({ type: 'text', nullable: true }) variables: string | null;
  @Column({ name: 'duration_ms', type: 'real' }) durationMs: number;
  @Column({ name: 'error_count', type: 'integer' }) errorCount: number;
}

export const ANALYTICS_ENTITIES = [SavedQueryEntity, QueryHistoryEntity];
