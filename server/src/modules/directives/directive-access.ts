import { isWithin, type IsoDate, type Role } from '@chitieu/shared';
import { errors } from '../../core/errors';
import type { Actor } from '../audit/audit.service';
import type { Viewer } from '../access/viewer';
import { actorOf } from '../access/viewer';
import type { UnitRow } from '../units/unit.service';
import type { LineRow } from './directive.rows';

/**
 * Who writes, as the directive services check it: a role, a scope and the business date. The
 * seed writes as an ADMIN of the root unit.
 */
export interface Writer {
  actor: Actor;
  role: Role;
  scopePath: string;
  today: IsoDate;
}

export function writerOf(viewer: Viewer, requestId: string | null, today: IsoDate): Writer {
  return { actor: actorOf(viewer, requestId), role: viewer.role, scopePath: viewer.scopePath, today };
}

/** Directives, tasks and assignees are managed by admins whose scope holds the issuer. */
export function assertCanManage(writer: Writer, issuerUnit: Pick<UnitRow, 'path' | 'code'>): void {
  if (writer.role === 'ANALYST')
    throw errors.forbidden(
      'sửa văn bản chỉ đạo (vai trò phân tích chỉ được xem)',
      'change directives (analysts only read)',
    );
  if (writer.role !== 'ADMIN' || !isWithin(issuerUnit.path, writer.scopePath)) {
    throw errors.forbidden(
      `quản lý văn bản do đơn vị ${issuerUnit.code} ban hành`,
      `manage directives issued by unit ${issuerUnit.code}`,
    );
  }
}

/**
 * A line is worked on (progress updates, DONE mark, filed report) by admins whose scope holds its
 * unit (for an agency, its home unit), and by the officials of a unit's own line.
 */
export function canWorkOnLine(
  writer: Pick<Writer, 'role' | 'scopePath'>,
  line: Pick<LineRow, 'agencyId' | 'unit'>,
): boolean {
  if (!isWithin(line.unit.path, writer.scopePath)) return false;
  if (writer.role === 'ADMIN') return true;
  return writer.role === 'OFFICIAL' && line.agencyId === null;
}

export function assertCanWorkOnLine(writer: Writer, line: Pick<LineRow, 'agencyId' | 'unit'>, assignee: string): void {
  if (writer.role === 'ANALYST')
    throw errors.forbidden('cập nhật nhiệm vụ (vai trò phân tích chỉ được xem)', 'update tasks (analysts only read)');
  if (!canWorkOnLine(writer, line)) {
    throw errors.forbidden(`cập nhật nhiệm vụ của ${assignee}`, `update the line of ${assignee}`);
  }
}

/** A line's figures and updates are visible where its unit is in the viewer's scope. */
export function canSeeLine(viewer: Pick<Viewer, 'scopePath'>, line: Pick<LineRow, 'unit'>): boolean {
  return isWithin(line.unit.path, viewer.scopePath);
}
