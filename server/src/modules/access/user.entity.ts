import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@chitieu/shared';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) username: string;
  @Column({ name: 'password_hash', type: 'text' }) passwordHash: string;
  @Column({ type: 'text' }) role: Role;
  @Column({ name: 'scope_unit_id', type: 'integer' }) scopeUnitId: number;
  @Column({ type: 'boolean' }) active: boolean;
  @Column({ name: 'created_at', type: 'text' }) createdAt: string;
}

/** A login session. Only the SHA-256 of its random token is stored. */
@Entity('session')
export class SessionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ name: 'token_hash', type: 'text' }) tokenHash: string;
  @Column({ name: 'user_id', type: 'integer' }) userId: number;
  @Column({ name: 'created_at', type: 'text' }) createdAt: string;
  @Column({ name: 'last_seen_at', type: 'text' }) lastSeenAt: string;
  @Column({ name: 'expires_at', type: 'text' }) expiresAt: string;
  @Column({ name: 'revoked_at', type: 'text', nullable: true }) revokedAt: string | null;
}
