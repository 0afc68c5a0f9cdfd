import {
  canManageUser,
  checkPassword,
  checkUsername,
  foldVietnamese,
  ROLES,
  type Principal,
  type Role,
} from '@chitieu/shared';
import { appError, echo, errors } from '../../core/errors';
import type { Db } from '../../db/sql';
import type { Actor, AuditEntry, AuditService } from '../audit/audit.service';
import { pathRangeEnd, type UnitService } from '../units/unit.service';
import type { AccessService } from './access.service';
import { hashPassword, verifyPassword } from './password';
import type { Viewer } from './viewer';

export interface UserAccountRow {
  id: number;
  username: string;
  role: Role;
  scopeUnitId: number;
  scopePath: string;
  active: boolean;
  createdAt: string;
  lastSeenAt: string | null;
  openSessions: number;
}

export interface ByAdmin {
  principal: Principal & { userId: number };
  actor: Actor;
}

const SELECT = `SELECT u.id, u.username, u.role, u.scope_unit_id AS scopeUnitId, un.path AS scopePath, u.active, u.created_at AS createdAt,
  (SELECT MAX(s.last_seen_at) FROM session s WHERE s.user_id = u.id) AS lastSeenAt,
  (SELECT COUNT(*) FROM session s WHERE s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > ?) AS openSessions
  FROM app_user u JOIN unit un ON un.id = u.scope_unit_id`;

function badInput(problem: { field: string; messageVi: string; messageEn: string }) {
  return appError('BAD_USER_INPUT', problem.messageVi, problem.messageEn, [{ unit: null, ...problem }]);
}

/**
 * User management by an ADMIN, for users whose scope is at or below theirs, and a user's own
 * password. Passwords are hashed before the transaction (scrypt is slow and async); the
 * transaction re-checks scope and writes the change with its audit event.
 */
export class UserAdminService {
  constructor(
    private readonly sql: Db,
    private readonly units: UnitService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(
    principal: Principal,
    search: string | null,
    first: number,
    offset: number,
  ): Promise<{ nodes: UserAccountRow[]; totalCount: number }> {
    if (principal.role !== 'ADMIN') throw errors.forbidden('xem danh sách người dùng', 'list users');
    const where = `WHERE un.path >= ? AND un.path < ? AND (? = '' OR u.username LIKE ? ESCAPE '\\' OR un.search_name LIKE ? ESCAPE '\\')`;
    const term = (search ?? '').trim().toLowerCase();
    const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const params = [
      principal.scopePath,
      pathRangeEnd(principal.scopePath),
      term,
      like(term),
      like(foldVietnamese(term)),
    ];
    const totalCount =
      (
        await this.sql.get<{ n: number }>(
          `SELECT COUNT(*) AS n FROM app_user u JOIN unit un ON un.id = u.scope_unit_id ${where}`,
          ...params,
        )
      )?.n ?? 0;
    const nodes = await this.sql.all<UserAccountRow>(
      `${SELECT} ${where} ORDER BY u.username LIMIT ? OFFSET ?`,
      new Date().toISOString(),
      ...params,
      first,
      offset,
    );
    return { nodes: nodes.map((n) => ({ ...n, active: Boolean(n.active) })), totalCount };
  }

  async byUsername(username: string): Promise<UserAccountRow | undefined> {
    const row = await this.sql.get<UserAccountRow>(
      `${SELECT} WHERE u.username = ?`,
      new Date().toISOString(),
      username,
    );
    return row && { ...row, active: Boolean(row.active) };
  }

  async create(
    input: { username: string; password: string; role: Role; scope: string },
    by: ByAdmin,
  ): Promise<UserAccountRow> {
    const problem = checkUsername(input.username) ?? checkPassword(input.password);
    if (problem) throw badInput(problem);
    if (!ROLES.includes(input.role))
      throw badInput({ field: 'role', messageVi: 'Vai trò không hợp lệ.', messageEn: 'Unknown role.' });
    await this.scopeFor(input.scope, by.principal);
    const passwordHash = await hashPassword(input.password);
    await this.sql.tx(async () => {
      await this.scopeFor(input.scope, by.principal);
      await this.access.insertUser(
        { username: input.username, role: input.role, scopeCode: input.scope, passwordHash },
        by.actor,
      );
    });
    return (await this.byUsername(input.username))!;
  }

  async resetPassword(username: string, password: string, by: ByAdmin): Promise<UserAccountRow> {
    const problem = checkPassword(password);
    if (problem) throw badInput(problem);
    await this.managed(username, by);
    const passwordHash = await hashPassword(password);
    return await this.change(username, by, async (user) => {
      await this.sql.run(`UPDATE app_user SET password_hash = ? WHERE id = ?`, passwordHash, user.id);
      const revoked = await this.revokeAll(user.id);
      return [{ action: 'user.password.reset', newValue: { sessionsRevoked: revoked } }];
    });
  }

  async setActive(username: string, active: boolean, by: ByAdmin): Promise<UserAccountRow> {
    return await this.change(username, by, async (user) => {
      if (user.active === active) return [];
      await this.sql.run(`UPDATE app_user SET active = ? WHERE id = ?`, active ? 1 : 0, user.id);
      const revoked = active ? 0 : await this.revokeAll(user.id);
      return [
        {
          action: active ? 'user.reactivate' : 'user.deactivate',
          oldValue: { active: user.active },
          newValue: { active, sessionsRevoked: revoked },
        },
      ];
    });
  }

  async revokeSessions(username: string, by: ByAdmin): Promise<UserAccountRow> {
    return await this.change(username, by, async (user) => [
      { action: 'user.sessions.revoke', newValue: { sessionsRevoked: await this.revokeAll(user.id) } },
    ]);
  }

  /** Any user, their own password: the current one first. Their other sessions end; this one stays. */
  async changeMyPassword(
    viewer: Viewer,
    oldPassword: string,
    newPassword: string,
    requestId: string | null,
  ): Promise<void> {
    const problem = checkPassword(newPassword, 'newPassword');
    if (problem) throw badInput(problem);
    const stored =
      (await this.sql.get<{ hash: string }>(`SELECT password_hash AS hash FROM app_user WHERE id = ?`, viewer.userId))
        ?.hash ?? '';
    if (oldPassword.length > 200 || !(await verifyPassword(oldPassword, stored))) {
      throw badInput({
        field: 'oldPassword',
        messageVi: 'Mật khẩu hiện tại không đúng.',
        messageEn: 'The current password is wrong.',
      });
    }
    const passwordHash = await hashPassword(newPassword);
    await this.sql.tx(async () => {
      await this.sql.run(`UPDATE app_user SET password_hash = ? WHERE id = ?`, passwordHash, viewer.userId);
      const revoked = (
        await this.sql.run(
          `UPDATE session SET revoked_at = ? WHERE user_id = ? AND id <> ? AND revoked_at IS NULL`,
          new Date().toISOString(),
          viewer.userId,
          viewer.sessionId,
        )
      ).changes;
      await this.audit.record({ userId: viewer.userId, username: viewer.username, role: viewer.role, requestId }, [
        {
          action: 'user.password.change',
          unitId: viewer.scopeUnitId,
          unitPath: viewer.scopePath,
          field: viewer.username,
          newValue: { otherSessionsRevoked: revoked },
        },
      ]);
    });
  }

  /** One checked change to a managed user, with its audit events, in one transaction. */
  private async change(
    username: string,
    by: ByAdmin,
    apply: (user: UserAccountRow) => Promise<AuditEntry[]>,
  ): Promise<UserAccountRow> {
    await this.sql.tx(async () => {
      const user = await this.managed(username, by);
      const entries = (await apply(user)).map((e) => ({
        ...e,
        unitId: user.scopeUnitId,
        unitPath: user.scopePath,
        field: user.username,
      }));
      await this.audit.record(by.actor, entries);
    });
    return (await this.byUsername(username))!;
  }

  /** A user the admin may manage: exists, in scope, and not the admin themselves (they use changeMyPassword). */
  private async managed(username: string, by: ByAdmin): Promise<UserAccountRow> {
    if (by.principal.role !== 'ADMIN') throw errors.forbidden('quản lý người dùng', 'manage users');
    const user = await this.byUsername(username);
    if (!user)
      throw appError('NOT_FOUND', `Không có người dùng ${echo(username)}.`, `No user is called ${echo(username)}.`);
    if (!canManageUser(by.principal, user.scopePath))
      throw errors.forbidden(
        `quản lý người dùng ${username} (ngoài phạm vi)`,
        `manage user ${username} (outside your scope)`,
      );
    if (user.id === by.principal.userId) {
      throw appError(
        'BAD_USER_INPUT',
        'Không thể tự thao tác trên tài khoản của mình; dùng "Đổi mật khẩu".',
        'You cannot do this to your own account; use changeMyPassword.',
      );
    }
    return user;
  }

  private async scopeFor(code: string, principal: Principal): Promise<void> {
    if (principal.role !== 'ADMIN') throw errors.forbidden('tạo người dùng', 'create users');
    const scope = await this.units.byCode(code);
    if (!scope) throw errors.unitNotFound(code);
    if (!canManageUser(principal, scope.path))
      throw errors.forbidden(
        `tạo người dùng ở đơn vị ${code} (ngoài phạm vi)`,
        `create users at unit ${code} (outside your scope)`,
      );
  }

  private async revokeAll(userId: number): Promise<number> {
    return (
      await this.sql.run(
        `UPDATE session SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL`,
        new Date().toISOString(),
        userId,
      )
    ).changes;
  }
}
