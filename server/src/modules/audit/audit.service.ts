import type { Role } from '@chitieu/shared';
import type { Sql } from '../../db/sql';

/** Who is acting: a user, or the system itself (the seed, a command-line tool). */
export interface Actor {
  userId: number | null;
  username: string;
  role: Role | null;
  requestId: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, username: 'system', role: null, requestId: null };

export interface AuditEntry {
  action: string;
  unitId?: number | null;
  unitPath?: string | null;
  campaignId?: number | null;
  field?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
  reason?: string | null;
}

function encode(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The append-only record of every change. `record` is called inside the writer's own
 * transaction, so a change and its audit event commit together or not at all.
 */
export class AuditService {
  constructor(private readonly sql: Sql) {}

  record(actor: Actor, entries: readonly AuditEntry[]): void {
    const at = new Date().toISOString();
    for (const e of entries) {
      this.sql.run(
        `INSERT INTO audit_event (at, user_id, username, role, action, unit_id, unit_path, campaign_id, field, old_value, new_value, reason, request_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        at, actor.userId, actor.username, actor.role, e.action, e.unitId ?? null, e.unitPath ?? null, e.campaignId ?? null,
        e.field ?? null, encode(e.oldValue), encode(e.newValue), e.reason ?? null, actor.requestId,
      );
    }
  }
}
