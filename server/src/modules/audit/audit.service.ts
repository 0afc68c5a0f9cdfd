import type { Role } from '@chitieu/shared';
import { chunks, placeholders, type Db } from '../../db/sql';
import { pathRangeEnd } from '../units/unit.service';

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

/**
 * Events per INSERT: 13 parameters each, far under both engines' limits; each count is a statement
 * text of its own, so a small bound keeps those few.
 */
const ENTRIES_PER_STATEMENT = 100;

function encode(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The append-only record of every change. `record` is called inside the writer's own
 * transaction, so a change and its audit event commit together or not at all.
 */
export class AuditService {
  constructor(private readonly sql: Db) {}

  /** Appends the entries in order (ids rising), up to a hundred rows a statement. */
  async record(actor: Actor, entries: readonly AuditEntry[]): Promise<void> {
    const at = new Date().toISOString();
    for (const part of chunks(entries, ENTRIES_PER_STATEMENT)) {
      await this.sql.run(
        `INSERT INTO audit_event (at, user_id, username, role, action, unit_id, unit_path, campaign_id, field, old_value, new_value, reason, request_id)
         VALUES ${part.map(() => `(${placeholders(13)})`).join(', ')}`,
        ...part.flatMap((e) => [
          at,
          actor.userId,
          actor.username,
          actor.role,
          e.action,
          e.unitId ?? null,
          e.unitPath ?? null,
          e.campaignId ?? null,
          e.field ?? null,
          encode(e.oldValue),
          encode(e.newValue),
          e.reason ?? null,
          actor.requestId,
        ]),
      );
    }
  }

  /** Events at or below a unit path, newest first, with optional filters. */
  /** The newest event's id: it moves whenever anything changes, since every change is audited. */
  async latestId(): Promise<number> {
    return (await this.sql.get<{ id: number | null }>(`SELECT MAX(id) AS id FROM audit_event`))?.id ?? 0;
  }

  async list(
    filter: AuditFilter,
    first: number,
    offset: number,
  ): Promise<{ nodes: AuditEventRow[]; totalCount: number }> {
    const where = ['unit_path >= ?', 'unit_path < ?'];
    const params: unknown[] = [filter.unitPath, pathRangeEnd(filter.unitPath)];
    if (filter.username) {
      const user = await this.sql.get<{ id: number }>(`SELECT id FROM app_user WHERE username = ?`, filter.username);
      where.push(user ? 'user_id = ?' : 'username = ?');
      params.push(user ? user.id : filter.username);
    }
    if (filter.action) {
      where.push(`(action = ? OR action LIKE ? ESCAPE '\\')`);
      params.push(filter.action, `${filter.action.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`);
    }
    if (filter.fromAt) {
      where.push('at >= ?');
      params.push(filter.fromAt);
    }
    if (filter.toAt) {
      where.push('at < ?');
      params.push(filter.toAt);
    }
    const clause = where.join(' AND ');
    const totalCount =
      (await this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM audit_event WHERE ${clause}`, ...params))?.n ?? 0;
    const nodes = await this.sql.all<AuditEventRow>(
      `SELECT id, at, username, role, action, unit_id AS unitId, campaign_id AS campaignId, field, old_value AS oldValue, new_value AS newValue, reason, request_id AS requestId
       FROM audit_event WHERE ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`,
      ...params,
      first,
      offset,
    );
    return { nodes, totalCount };
  }
}

/** Which events to list: a subtree (by path), and optionally a user, an action (or its prefix) and a time range. */
export interface AuditFilter {
  unitPath: string;
  username?: string | null;
  action?: string | null;
  /** ISO timestamps, from inclusive, to exclusive. */
  fromAt?: string | null;
  toAt?: string | null;
}

export interface AuditEventRow {
  id: number;
  at: string;
  username: string;
  role: Role | null;
  action: string;
  unitId: number | null;
  campaignId: number | null;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
  requestId: string | null;
}
