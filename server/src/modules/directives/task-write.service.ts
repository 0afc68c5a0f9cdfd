import { MAX_REASON_LENGTH, optionalText, optionalTextChange, TASK_KIND_RULES } from '@chitieu/shared';
import type { Db } from '../../db/sql';
import { appError, type FieldProblem } from '../../core/errors';
import type { AuditService } from '../audit/audit.service';
import type { AgencyService, Body } from './agency.service';
import { bodyCode } from './agency.service';
import { assertCanManage, type Writer } from './directive-access';
import { checkTaskFields, failIfAny, LIMITS, resolveAssignees, type NewTask, type TaskFields } from './directive-input';
import type { DirectiveRow, LineRow, TaskRow } from './directive.rows';
import type { DirectiveStore } from './directive.store';

/**
 * Tasks and their assignees. Every method is one transaction with its audit event
 * (or a savepoint inside the caller's); removals set removed_at, never delete.
 */
export class TaskWriteService {
  constructor(
    private readonly sql: Db,
    private readonly store: DirectiveStore,
    private readonly agencies: AgencyService,
    private readonly audit: AuditService,
  ) {}

  /** The issuer of a directive as a body (its People's Committee, or the agency). */
  async issuerOf(directive: DirectiveRow): Promise<Body> {
    return await this.agencies.bodyOf(directive.issuerUnitId, directive.issuerAgencyId);
  }

  async addTask(directive: DirectiveRow, task: NewTask, writer: Writer): Promise<TaskRow> {
    const issuer = await this.issuerOf(directive);
    assertCanManage(writer, issuer.unit);
    const [prepared] = await this.prepare(
      directive.id,
      { issuedDate: directive.issuedDate, hasCampaign: directive.campaignId !== null },
      issuer,
      [task],
    );
    return await this.sql.tx(async () => await this.insert(directive, issuer, prepared!, writer));
  }

  /**
   * Checks new tasks against their directive (dates, kind, link) and resolves their assignees;
   * every problem of every task comes back at once, before anything is written.
   */
  async prepare(
    directiveId: number | null,
    fit: { issuedDate: string; hasCampaign: boolean },
    issuer: Body,
    tasks: readonly NewTask[],
  ): Promise<PreparedTask[]> {
    await this.assertRoom(
      directiveId,
      tasks.length,
      tasks.reduce((n, t) => n + t.assignees.length, 0),
    );
    const firstNumber = directiveId === null ? 1 : await this.nextNumber(directiveId);
    const problems: FieldProblem[] = [];
    const prepared: PreparedTask[] = [];
    for (const [i, task] of tasks.entries()) {
      const number = firstNumber + i;
      const resolved = await resolveAssignees(task.assignees, issuer, this.agencies);
      problems.push(
        ...checkTaskFields(task, fit, { vi: `Nhiệm vụ ${number}`, en: `Task ${number}` }),
        ...resolved.problems,
      );
      prepared.push({ ...task, text: optionalText(task.text, ''), number, bodies: resolved.bodies });
    }
    failIfAny(problems);
    return prepared;
  }

  /** At most LIMITS.tasks tasks and LIMITS.linesPerDirective lines in a directive (removed ones aside). */
  private async assertRoom(directiveId: number | null, newTasks: number, newLines: number): Promise<void> {
    const now =
      directiveId === null
        ? { tasks: 0, lines: 0 }
        : (await this.sql.get<{ tasks: number; lines: number }>(
            `SELECT (SELECT COUNT(*) FROM directive_task WHERE directive_id = ? AND removed_at IS NULL) AS tasks,
              (SELECT COUNT(*) FROM directive_line l JOIN directive_task t ON t.id = l.task_id
               WHERE t.directive_id = ? AND t.removed_at IS NULL AND l.removed_at IS NULL) AS lines`,
            directiveId,
            directiveId,
          ))!;
    if (now.tasks + newTasks > LIMITS.tasks) {
      throw appError(
        'BAD_USER_INPUT',
        `Một văn bản có tối đa ${LIMITS.tasks} nhiệm vụ.`,
        `A directive has at most ${LIMITS.tasks} tasks.`,
      );
    }
    if (now.lines + newLines > LIMITS.linesPerDirective) {
      throw appError(
        'BAD_USER_INPUT',
        `Một văn bản giao tối đa ${LIMITS.linesPerDirective} dòng việc.`,
        `A directive has at most ${LIMITS.linesPerDirective} assignment lines.`,
      );
    }
  }

  private async nextNumber(directiveId: number): Promise<number> {
    return (
      ((
        await this.sql.get<{ n: number }>(
          `SELECT MAX(number) AS n FROM directive_task WHERE directive_id = ?`,
          directiveId,
        )
      )?.n ?? 0) + 1
    );
  }

  /** Inserts a checked task with its lines and its audit event (inside the caller's transaction). */
  async insert(directive: DirectiveRow, issuer: Body, task: PreparedTask, writer: Writer): Promise<TaskRow> {
    const insertedId = await this.sql.insert(
      `INSERT INTO directive_task (directive_id, number, title, text, kind, deadline, linked_target) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      directive.id,
      task.number,
      task.title.trim(),
      task.text,
      task.kind,
      task.deadline,
      task.linkedToTarget ? 1 : 0,
    );
    const row: TaskRow = {
      id: insertedId,
      directiveId: directive.id,
      number: task.number,
      title: task.title.trim(),
      text: task.text,
      kind: task.kind,
      deadline: task.deadline,
      linkedTarget: task.linkedToTarget,
    };
    await this.insertLines(row, task.bodies);
    const { bodies, ...fields } = task;
    await this.audit.record(writer.actor, [
      {
        action: 'directive.task.add',
        unitId: issuer.unit.id,
        unitPath: issuer.unit.path,
        campaignId: directive.campaignId,
        field: `${directive.number}#${task.number}`,
        newValue: { ...fields, assignees: bodies.map(bodyCode) },
      },
    ]);
    return row;
  }

  async updateTask(
    directive: DirectiveRow,
    task: TaskRow,
    patch: Partial<TaskFields>,
    writer: Writer,
  ): Promise<TaskRow> {
    const issuer = await this.issuerOf(directive);
    assertCanManage(writer, issuer.unit);
    const next: TaskRow = {
      ...task,
      title: patch.title?.trim() ?? task.title,
      text: optionalTextChange(patch.text, '') ?? task.text,
      kind: patch.kind ?? task.kind,
      deadline:
        patch.deadline !== undefined
          ? patch.deadline
          : patch.kind && !TASK_KIND_RULES[patch.kind].dated
            ? null
            : task.deadline,
      linkedTarget:
        patch.linkedToTarget ?? (patch.kind && !TASK_KIND_RULES[patch.kind].tracksTarget ? false : task.linkedTarget),
    };
    failIfAny(
      checkTaskFields(
        { ...next, linkedToTarget: next.linkedTarget },
        { issuedDate: directive.issuedDate, hasCampaign: directive.campaignId !== null },
        { vi: `Nhiệm vụ ${task.number}`, en: `Task ${task.number}` },
      ),
    );
    return await this.sql.tx(async () => {
      await this.sql.run(
        `UPDATE directive_task SET title = ?, text = ?, kind = ?, deadline = ?, linked_target = ? WHERE id = ?`,
        next.title,
        next.text,
        next.kind,
        next.deadline,
        next.linkedTarget ? 1 : 0,
        task.id,
      );
      await this.audit.record(writer.actor, [
        {
          action: 'directive.task.update',
          unitId: issuer.unit.id,
          unitPath: issuer.unit.path,
          campaignId: directive.campaignId,
          field: `${directive.number}#${task.number}`,
          oldValue: task,
          newValue: next,
        },
      ]);
      return next;
    });
  }

  async removeTask(directive: DirectiveRow, task: TaskRow, reason: string | null, writer: Writer): Promise<void> {
    const issuer = await this.issuerOf(directive);
    assertCanManage(writer, issuer.unit);
    checkReason(reason);
    await this.sql.tx(async () => {
      await this.sql.run(
        `UPDATE directive_task SET removed_at = ? WHERE id = ? AND removed_at IS NULL`,
        new Date().toISOString(),
        task.id,
      );
      await this.audit.record(writer.actor, [
        {
          action: 'directive.task.remove',
          unitId: issuer.unit.id,
          unitPath: issuer.unit.path,
          campaignId: directive.campaignId,
          field: `${directive.number}#${task.number}`,
          oldValue: task,
          reason: optionalText(reason),
        },
      ]);
    });
  }

  async addAssignees(directive: DirectiveRow, task: TaskRow, codes: readonly string[], writer: Writer): Promise<void> {
    const issuer = await this.issuerOf(directive);
    assertCanManage(writer, issuer.unit);
    if (codes.length === 0)
      throw appError('BAD_USER_INPUT', 'Cần ít nhất một đơn vị được giao.', 'Give at least one assignee.');
    await this.assertRoom(directive.id, 0, codes.length);
    const { bodies, problems } = await resolveAssignees(codes, issuer, this.agencies);
    failIfAny(problems);
    const existing = new Set(
      ((await this.store.linesOf([directive.id])).get(directive.id) ?? [])
        .filter((l) => l.taskId === task.id)
        .map(lineKey),
    );
    const taken = bodies.filter((b) => existing.has(`${b.unit.id}:${b.agency?.id ?? 0}`)).map(bodyCode);
    if (taken.length > 0) {
      throw appError(
        'CONFLICT',
        `Đã được giao nhiệm vụ này: ${taken.join(', ')}.`,
        `Already assigned to this task: ${taken.join(', ')}.`,
      );
    }
    await this.sql.tx(async () => {
      await this.insertLines(task, bodies);
      await this.audit.record(writer.actor, [
        {
          action: 'directive.line.add',
          unitId: issuer.unit.id,
          unitPath: issuer.unit.path,
          campaignId: directive.campaignId,
          field: `${directive.number}#${task.number}`,
          newValue: bodies.map(bodyCode),
        },
      ]);
    });
  }

  async removeAssignee(
    directive: DirectiveRow,
    task: TaskRow,
    line: LineRow,
    code: string,
    reason: string | null,
    writer: Writer,
  ): Promise<void> {
    const issuer = await this.issuerOf(directive);
    assertCanManage(writer, issuer.unit);
    checkReason(reason);
    await this.sql.tx(async () => {
      await this.sql.run(
        `UPDATE directive_line SET removed_at = ? WHERE id = ? AND removed_at IS NULL`,
        new Date().toISOString(),
        line.id,
      );
      await this.audit.record(writer.actor, [
        {
          action: 'directive.line.remove',
          unitId: line.unit.id,
          unitPath: line.unit.path,
          campaignId: directive.campaignId,
          field: `${directive.number}#${task.number}`,
          oldValue: code,
          reason: optionalText(reason),
        },
      ]);
    });
  }

  private async insertLines(task: TaskRow, bodies: readonly Body[]): Promise<void> {
    const now = new Date().toISOString();
    for (const body of bodies) {
      await this.sql.run(
        `INSERT INTO directive_line (task_id, unit_id, agency_id, added_at) VALUES (?, ?, ?, ?)`,
        task.id,
        body.unit.id,
        body.agency?.id ?? null,
        now,
      );
    }
  }
}

/** A new task, checked, with its number and its assignees resolved. */
export interface PreparedTask extends NewTask {
  number: number;
  bodies: Body[];
}

function lineKey(line: LineRow): string {
  return `${line.unit.id}:${line.agencyId ?? 0}`;
}

/** A reason goes into the audit: at most as long as a tally's or a split's. */
function checkReason(reason: string | null): void {
  if (reason && reason.length > MAX_REASON_LENGTH) {
    failIfAny([
      {
        field: 'reason',
        messageVi: `Lý do dài quá ${MAX_REASON_LENGTH} ký tự.`,
        messageEn: `The reason is longer than ${MAX_REASON_LENGTH} characters.`,
      },
    ]);
  }
}
