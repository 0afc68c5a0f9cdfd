import {
  checkTask,
  isWithin,
  normalizeDirectiveNumber,
  type DirectiveFields,
  type IsoDate,
  type TaskKind,
} from '@chitieu/shared';
import { appError, type FieldProblem } from '../../core/errors';
import type { AgencyService, Body } from './agency.service';

export interface TaskFields {
  title: string;
  text: string;
  kind: TaskKind;
  deadline: IsoDate | null;
  linkedToTarget: boolean;
}

export interface NewTask extends TaskFields {
  /** Unit codes (their People's Committees) and agency codes. */
  assignees: string[];
}

/**
 * Sizes a directive may reach. tasks × linesPerTask bounds what one read of a whole directive
 * returns, and the query cost estimate relies on it (Directive.tasks carries maxItems = tasks,
 * Task.assignments the default page of 100): a directive holds at most linesPerDirective lines.
 */
export const LIMITS = {
  number: 60,
  title: 500,
  summary: 5_000,
  fullText: 200_000,
  signer: 200,
  attachments: 20,
  url: 2_000,
  updateText: 2_000,
  tasks: 15,
  assignees: 500,
  linesPerDirective: 1_500,
};

type Problem = Omit<FieldProblem, 'unit'> & { unit?: string | null };

function problem(field: string, vi: string, en: string, unit: string | null = null): FieldProblem {
  return { unit, field, messageVi: vi, messageEn: en };
}

/** Throws BAD_USER_INPUT with every problem in extensions.fields; nothing is written. */
export function failIfAny(
  problems: readonly Problem[],
  vi = 'Dữ liệu chưa hợp lệ; không có gì được lưu.',
  en = 'Some input is not valid; nothing was saved.',
): void {
  if (problems.length > 0)
    throw appError(
      'BAD_USER_INPUT',
      vi,
      en,
      problems.map((p) => ({ ...p, unit: p.unit ?? null })),
    );
}

function text(field: string, value: string, max: number, required: boolean): FieldProblem[] {
  if (required && value.trim().length === 0)
    return [problem(field, `"${field}" không được để trống.`, `"${field}" must not be empty.`)];
  if (value.length > max)
    return [problem(field, `"${field}" dài quá ${max} ký tự.`, `"${field}" is longer than ${max} characters.`)];
  return [];
}

/** Lengths, the number's shape and the attachment links of a directive header. */
export function checkHeader(d: Partial<DirectiveFields>): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (d.number !== undefined) {
    out.push(...text('number', normalizeDirectiveNumber(d.number), LIMITS.number, true));
  }
  if (d.title !== undefined) out.push(...text('title', d.title, LIMITS.title, true));
  if (d.summary !== undefined) out.push(...text('summary', d.summary, LIMITS.summary, false));
  if (d.fullText !== undefined) out.push(...text('fullText', d.fullText, LIMITS.fullText, false));
  if (d.signerTitle !== undefined) out.push(...text('signerTitle', d.signerTitle, LIMITS.signer, true));
  if (d.signerName) out.push(...text('signerName', d.signerName, LIMITS.signer, false));
  if (d.attachments !== undefined) {
    if (d.attachments.length > LIMITS.attachments)
      out.push(
        problem(
          'attachments',
          `Tối đa ${LIMITS.attachments} tệp đính kèm.`,
          `At most ${LIMITS.attachments} attachments.`,
        ),
      );
    for (const a of d.attachments) {
      out.push(...text('attachments.title', a.title, LIMITS.title, true));
      if (!/^https?:\/\/\S+$/.test(a.url) || a.url.length > LIMITS.url) {
        out.push(
          problem(
            'attachments.url',
            `Liên kết "${a.url.slice(0, 80)}" phải bắt đầu bằng http:// hoặc https://.`,
            `The link "${a.url.slice(0, 80)}" must start with http:// or https://.`,
          ),
        );
      }
    }
  }
  return out;
}

/** A task's own fields against its directive (dates, kind, link to the target). */
export function checkTaskFields(
  task: TaskFields,
  directive: { issuedDate: IsoDate; hasCampaign: boolean },
  label: { vi: string; en: string },
): FieldProblem[] {
  const own = [...text('title', task.title, LIMITS.title, true), ...text('text', task.text, LIMITS.summary, false)].map(
    (p) => ({ ...p, messageVi: `${label.vi}: ${p.messageVi}`, messageEn: `${label.en}: ${p.messageEn}` }),
  );
  return [...own, ...checkTask(task, directive, label).map((p) => ({ unit: null, ...p }))];
}

/**
 * Resolves assignee codes to bodies: each must exist (a People's Committee of a province, district
 * or commune, or an agency), appear once, and lie inside the issuer's scope.
 */
export async function resolveAssignees(
  codes: readonly string[],
  issuer: Body,
  agencies: AgencyService,
): Promise<{ bodies: Body[]; problems: FieldProblem[] }> {
  const found = await agencies.bodiesByCodes([...new Set(codes)]);
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const bodies: Body[] = [];
  if (codes.length > LIMITS.assignees)
    problems.push(
      problem(
        'assignees',
        `Tối đa ${LIMITS.assignees} đơn vị mỗi lần.`,
        `At most ${LIMITS.assignees} assignees at a time.`,
      ),
    );
  for (const code of codes) {
    const body = found.get(code);
    if (seen.has(code))
      problems.push(problem('assignees', 'Đơn vị được giao hai lần.', 'This assignee is listed twice.', code));
    else if (!body)
      problems.push(
        problem(
          'assignees',
          `Không có đơn vị hay cơ quan mã "${code}" (ấp, khu phố không được giao nhiệm vụ).`,
          `No unit or agency has the code "${code}" (hamlets are not given tasks).`,
          code,
        ),
      );
    else if (!isWithin(body.unit.path, issuer.unit.path)) {
      problems.push(
        problem(
          'assignees',
          `"${code}" nằm ngoài phạm vi của cơ quan ban hành.`,
          `"${code}" is outside the issuer's scope.`,
          code,
        ),
      );
    } else bodies.push(body);
    seen.add(code);
  }
  return { bodies, problems };
}
