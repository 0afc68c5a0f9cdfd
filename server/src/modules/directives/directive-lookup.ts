import { normalizeDirectiveNumber } from '@chitieu/shared';
import { appError, echo, errors } from '../../core/errors';
import type { AgencyService } from './agency.service';
import { bodyCode } from './agency.service';
import type { DirectiveRow, LineRow, TaskRow } from './directive.rows';
import type { DirectiveStore } from './directive.store';

/** A directive, one of its tasks and one line of it: what line-level mutations and reports act on. */
export interface LineRef {
  directive: DirectiveRow;
  task: TaskRow;
  line: LineRow;
  /** The assignee's code (unit or agency). */
  assignee: string;
}

/**
 * Finding directives, tasks and lines by the names people use: the number (with the issuer's code
 * when two issuers used the same number), the task's number in the letter, the assignee's code.
 */
export class DirectiveLookup {
  constructor(
    private readonly store: DirectiveStore,
    private readonly agencies: AgencyService,
  ) {}

  /**
   * The directive with this number, visible in this scope. NOT_FOUND when there is none,
   * FORBIDDEN when the scope may not see it, BAD_USER_INPUT when the number is ambiguous.
   */
  async directive(number: string, issuer: string | null | undefined, scopePath: string): Promise<DirectiveRow> {
    const normalized = normalizeDirectiveNumber(number);
    const notFound = () =>
      appError(
        'NOT_FOUND',
        `Không tìm thấy văn bản số ${echo(normalized)}.`,
        `No directive is numbered ${echo(normalized)}.`,
      );
    let candidates: DirectiveRow[];
    if (issuer) {
      const body = await this.agencies.bodyByCode(issuer);
      if (!body)
        throw appError(
          'NOT_FOUND',
          `Không có cơ quan ban hành mã ${echo(issuer)}.`,
          `No issuing body has the code ${echo(issuer)}.`,
        );
      const found = await this.store.byIssuerAndNumber(body.unit.id, body.agency?.id ?? null, normalized);
      candidates = found ? [found] : [];
    } else {
      candidates = await this.store.byNumber(normalized);
    }
    if (candidates.length === 0) throw notFound();
    const visible: DirectiveRow[] = [];
    for (const d of candidates) if (await this.store.isVisibleIn(d.id, scopePath)) visible.push(d);
    if (visible.length === 0) throw errors.forbidden(`xem văn bản số ${normalized}`, `see directive ${normalized}`);
    if (visible.length > 1) {
      const issuers = (
        await Promise.all(
          visible.map(async (d) => bodyCode(await this.agencies.bodyOf(d.issuerUnitId, d.issuerAgencyId))),
        )
      ).join(', ');
      throw appError(
        'BAD_USER_INPUT',
        `Có nhiều văn bản số ${normalized} (cơ quan ban hành: ${issuers}); hãy nêu "issuer".`,
        `Several directives are numbered ${normalized} (issuers: ${issuers}); give "issuer".`,
      );
    }
    return visible[0]!;
  }

  async task(directive: DirectiveRow, number: number): Promise<TaskRow> {
    const task = (await this.store.tasksOf([directive.id])).get(directive.id)?.find((t) => t.number === number);
    if (!task)
      throw appError(
        'NOT_FOUND',
        `Văn bản ${directive.number} không có nhiệm vụ ${number}.`,
        `Directive ${directive.number} has no task ${number}.`,
      );
    return task;
  }

  /** The line of one assignee; without an assignee, the task's only line. */
  async line(directive: DirectiveRow, task: TaskRow, assignee: string | null | undefined): Promise<LineRef> {
    const lines = ((await this.store.linesOf([directive.id])).get(directive.id) ?? []).filter(
      (l) => l.taskId === task.id,
    );
    const codeOf = async (l: LineRow) =>
      l.agencyId === null ? l.unit.code : (await this.agencies.byId(l.agencyId))!.code;
    if (!assignee) {
      if (lines.length !== 1) {
        throw appError(
          'BAD_USER_INPUT',
          `Nhiệm vụ ${task.number} có ${lines.length} đơn vị được giao; hãy nêu "assignee".`,
          `Task ${task.number} has ${lines.length} assignees; give "assignee".`,
        );
      }
      return { directive, task, line: lines[0]!, assignee: await codeOf(lines[0]!) };
    }
    let line: LineRow | undefined;
    for (const l of lines) {
      if ((await codeOf(l)) === assignee) {
        line = l;
        break;
      }
    }
    if (!line)
      throw appError(
        'NOT_FOUND',
        `${echo(assignee)} không được giao nhiệm vụ ${task.number}.`,
        `${echo(assignee)} has no line in task ${task.number}.`,
      );
    return { directive, task, line, assignee };
  }
}
