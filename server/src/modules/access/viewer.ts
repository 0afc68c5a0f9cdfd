import { isWithin, type Role } from '@chitieu/shared';
import { errors } from '../../core/errors';
import type { Actor } from '../audit/audit.service';
import type { UnitRow } from '../units/unit.service';

/** The logged-in user as every check sees them: one role, one scope unit. */
export interface Viewer {
  userId: number;
  username: string;
  role: Role;
  scopeUnitId: number;
  scopePath: string;
  sessionId: number;
}

export function actorOf(viewer: Viewer, requestId: string | null): Actor {
  return { userId: viewer.userId, username: viewer.username, role: viewer.role, requestId };
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw errors.unauthenticated();
  return viewer;
}

/** The unit and everything below the viewer's scope: figures may be read there. */
export function inScope(viewer: Viewer, unit: Pick<UnitRow, 'path'>): boolean {
  return isWithin(unit.path, viewer.scopePath);
}

/** Units above the scope show their names and codes, never their figures. */
export function isAncestorOfScope(viewer: Viewer, unit: Pick<UnitRow, 'path'>): boolean {
  return viewer.scopePath.startsWith(unit.path) && viewer.scopePath !== unit.path;
}

/** Reading figures of a unit outside the scope is a FORBIDDEN error on that field. */
export function assertCanRead(viewer: Viewer, unit: Pick<UnitRow, 'path' | 'code'>): void {
  if (!inScope(viewer, unit)) {
    throw errors.forbidden(
      `xem số liệu của đơn vị ${unit.code} (ngoài phạm vi của bạn)`,
      `read the figures of unit ${unit.code} (outside your scope)`,
    );
  }
}

/** A unit's name and code may be seen when it is in scope or above it. */
export function canSee(viewer: Viewer, unit: Pick<UnitRow, 'path'>): boolean {
  return inScope(viewer, unit) || isAncestorOfScope(viewer, unit);
}
