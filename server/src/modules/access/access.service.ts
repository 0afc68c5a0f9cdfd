import { LoginThrottle } from './login-throttle';
import { createHash, randomBytes } from 'node:crypto';
import { checkPassword, checkRoleScope, checkUsername, ROLES, type Role } from '@chitieu/shared';
import { appError, echo } from '../../core/errors';
import { chunks, placeholders, type Db } from '../../db/sql';
import { isStorageError } from '../../db/storage';
import type { WriteGate } from '../../db/write-gate';
import type { Actor, AuditService } from '../audit/audit.service';
import type { UnitService } from '../units/unit.service';
import { dummyHash, hashPassword, verifyPassword } from './password';
import type { Viewer } from './viewer';

/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 8 * 3_600_000;
/** …and in any case this long after login. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 3_600_000;
/** last_seen_at is written at most this often, so reads stay reads. */
const TOUCH_EVERY_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface SessionRow {
  id: number;
  userId: number;
  username: string;
  role: Role;
  scopeUnitId: number;
  scopePath: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface NewUser {
  username: string;
  password: string;
  role: Role;
  scopeCode: string;
}

/** A session row is open until its absolute end or SESSION_IDLE_MS after it was last seen. */
function isOpen(row: { expiresAt: string; lastSeenAt: string }, now: number): boolean {
  return Date.parse(row.expiresAt) > now && Date.parse(row.lastSeenAt) + SESSION_IDLE_MS > now;
}

/** Users, password login and server-side sessions (only a token's hash is stored). */
export class AccessService {
  constructor(
    private readonly sql: Db,
    private readonly units: UnitService,
    private readonly audit: AuditService,
    private readonly gate: WriteGate | null = null,
  ) {
    this.throttle = new LoginThrottle(sql);
  }

  private readonly throttle: LoginThrottle;

  /** Checks a password; returns a new session token and the viewer, or throws UNAUTHENTICATED. */
  async login(
    username: string,
    password: string,
    actor: Omit<Actor, 'userId' | 'username' | 'role'> & { address: string },
  ): Promise<{ token: string; viewer: Viewer }> {
    const name = username.trim().toLowerCase().slice(0, 64);
    await this.throttle.assertMayTry(name, actor.address);
    const user = await this.sql.get<{ id: number; passwordHash: string; active: number }>(
      `SELECT id, password_hash AS passwordHash, active FROM app_user WHERE username = ?`,
      username.trim(),
    );
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !ok || !user.active) {
      await this.sql.tx(async () => {
        await this.throttle.failed(name, actor.address);
        await this.audit.record(
          { userId: user?.id ?? null, username: username.slice(0, 64), role: null, requestId: actor.requestId },
          [{ action: 'login.failed', field: actor.address }],
        );
      });
      throw appError('UNAUTHENTICATED', 'Tên đăng nhập hoặc mật khẩu không đúng.', 'Wrong username or password.');
    }
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const sessionId = await this.sql.tx(async () => {
      await this.throttle.succeeded(name, actor.address);
      const insertedId = await this.sql.insert(
        `INSERT INTO session (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
        hashToken(token),
        user.id,
        new Date(now).toISOString(),
        new Date(now).toISOString(),
        new Date(now + SESSION_ABSOLUTE_MS).toISOString(),
      );
      const viewer = (await this.viewerBySession(insertedId))!;
      await this.audit.record(
        { userId: user.id, username: viewer.username, role: viewer.role, requestId: actor.requestId },
        [{ action: 'login', unitId: viewer.scopeUnitId, unitPath: viewer.scopePath }],
      );
      return viewer.sessionId;
    });
    return { token, viewer: (await this.viewerBySession(sessionId))! };
  }

  async logout(viewer: Viewer, requestId: string | null): Promise<void> {
    await this.sql.tx(async () => {
      await this.sql.run(
        `UPDATE session SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL`,
        new Date().toISOString(),
        viewer.sessionId,
      );
      await this.audit.record({ userId: viewer.userId, username: viewer.username, role: viewer.role, requestId }, [
        { action: 'logout', unitId: viewer.scopeUnitId, unitPath: viewer.scopePath },
      ]);
    });
  }

  /** The viewer behind a session cookie, or null when it is unknown, revoked, idle or expired. */
  async viewerByToken(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const row = await this.sessionQuery(`s.token_hash = ?`, hashToken(token));
    if (!row) return null;
    const now = Date.now();
    if (!isOpen(row, now)) return null;
    // Not while a long write holds the database (the import's worker): it can wait a minute.
    if (Date.parse(row.lastSeenAt) + TOUCH_EVERY_MS <= now && !this.gate?.busy) {
      try {
        await this.sql.run(`UPDATE session SET last_seen_at = ? WHERE id = ?`, new Date(now).toISOString(), row.id);
      } catch (error) {
        // A full disk or a read-only file must not stop officials from reading.
        if (!isStorageError(error)) throw error;
      }
    }
    return toViewer(row);
  }

  /** Which of these sessions are still open (not ended, expired or idle, their user active), without touching them: the open sockets' check, a statement per 500. */
  async openSessions(ids: readonly number[]): Promise<Set<number>> {
    const open = new Set<number>();
    const now = Date.now();
    for (const part of chunks([...new Set(ids)])) {
      const rows = await this.sql.all<{ id: number; lastSeenAt: string; expiresAt: string }>(
        `SELECT s.id, s.last_seen_at AS lastSeenAt, s.expires_at AS expiresAt
         FROM session s JOIN app_user u ON u.id = s.user_id
         WHERE s.id IN (${placeholders(part.length)}) AND s.revoked_at IS NULL AND u.active = 1`,
        ...part,
      );
      for (const row of rows) if (isOpen(row, now)) open.add(Number(row.id));
    }
    return open;
  }

  private async viewerBySession(id: number): Promise<Viewer | null> {
    const row = await this.sessionQuery(`s.id = ?`, id);
    return row ? toViewer(row) : null;
  }

  private async sessionQuery(where: string, param: unknown): Promise<SessionRow | undefined> {
    return await this.sql.get<SessionRow>(
      `SELECT s.id, s.user_id AS userId, u.username, u.role, u.scope_unit_id AS scopeUnitId, un.path AS scopePath,
              s.last_seen_at AS lastSeenAt, s.expires_at AS expiresAt
       FROM session s JOIN app_user u ON u.id = s.user_id JOIN unit un ON un.id = u.scope_unit_id
       WHERE ${where} AND s.revoked_at IS NULL AND u.active = 1`,
      param,
    );
  }

  /** Creates a user without a scope check (the create-admin command; admins go through UserAdminService). */
  async createUser(input: NewUser, actor: Actor): Promise<number> {
    const problems = validateNewUser(input);
    if (problems) throw appError('BAD_USER_INPUT', problems.vi, problems.en);
    const passwordHash = await hashPassword(input.password);
    return await this.sql.tx(async () => await this.insertUser({ ...input, passwordHash }, actor));
  }

  /** Inserts a user whose password is already hashed, for callers inside a transaction. */
  async insertUser(input: Omit<NewUser, 'password'> & { passwordHash: string }, actor: Actor): Promise<number> {
    const scope = await this.units.byCode(input.scopeCode);
    if (!scope)
      throw appError(
        'NOT_FOUND',
        `Không tìm thấy đơn vị ${echo(input.scopeCode)}.`,
        `No unit has the code ${echo(input.scopeCode)}.`,
      );
    const misfit = checkRoleScope(input.role, scope.level);
    if (misfit) throw appError('BAD_USER_INPUT', misfit.messageVi, misfit.messageEn, [{ unit: null, ...misfit }]);
    if (await this.sql.get(`SELECT 1 FROM app_user WHERE username = ?`, input.username)) {
      throw appError(
        'CONFLICT',
        `Tên đăng nhập "${input.username}" đã có.`,
        `The username "${input.username}" is taken.`,
      );
    }
    const insertedId = await this.sql.insert(
      `INSERT INTO app_user (username, password_hash, role, scope_unit_id, active, created_at) VALUES (?, ?, ?, ?, 1, ?)`,
      input.username,
      input.passwordHash,
      input.role,
      scope.id,
      new Date().toISOString(),
    );
    await this.audit.record(actor, [
      {
        action: 'user.create',
        unitId: scope.id,
        unitPath: scope.path,
        field: input.username,
        newValue: { role: input.role, scope: scope.code },
      },
    ]);
    return insertedId;
  }

  /**
   * Officials whose scope is not a commune: accounts made before createUser refused them (an
   * official's scope is a commune). The server names them in a warning at startup.
   */
  async misfitOfficials(): Promise<Array<{ username: string; scope: string; level: string; active: boolean }>> {
    const rows = await this.sql.all<{ username: string; scope: string; level: string; active: number | boolean }>(
      `SELECT u.username, un.code AS scope, un.level, u.active FROM app_user u JOIN unit un ON un.id = u.scope_unit_id
       WHERE u.role = 'OFFICIAL' AND un.level <> 'COMMUNE' ORDER BY u.username`,
    );
    return rows.map((r) => ({ ...r, active: Boolean(r.active) }));
  }

  async userCount(): Promise<number> {
    return (await this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM app_user`))?.n ?? 0;
  }
}

function toViewer(row: SessionRow): Viewer {
  return {
    userId: row.userId,
    username: row.username,
    role: row.role,
    scopeUnitId: row.scopeUnitId,
    scopePath: row.scopePath,
    sessionId: row.id,
  };
}

export function validateNewUser(input: NewUser): { vi: string; en: string } | null {
  const username = checkUsername(input.username);
  if (username) return { vi: username.messageVi, en: username.messageEn };
  if (!ROLES.includes(input.role))
    return { vi: `Vai trò không hợp lệ: ${input.role}.`, en: `Unknown role: ${input.role}.` };
  const password = checkPassword(input.password);
  return password && { vi: password.messageVi, en: password.messageEn };
}
