/**
 * The vocabulary of directives (văn bản chỉ đạo): what kind of letter, whether it is still in
 * force, what kind of task, and who can be given one.
 */

/** Kinds of directive, as Vietnamese administrations number them. */
export const DIRECTIVE_KINDS = ['CONG_VAN', 'KE_HOACH', 'QUYET_DINH', 'CHI_THI', 'THONG_BAO'] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export const DIRECTIVE_KIND_NAMES: Record<DirectiveKind, { vi: string; en: string }> = {
  CONG_VAN: { vi: 'Công văn', en: 'Official letter' },
  KE_HOACH: { vi: 'Kế hoạch', en: 'Plan' },
  QUYET_DINH: { vi: 'Quyết định', en: 'Decision' },
  CHI_THI: { vi: 'Chỉ thị', en: 'Directive' },
  THONG_BAO: { vi: 'Thông báo', en: 'Notice' },
};

/** In force until completed or replaced by a later directive. */
export const DIRECTIVE_STATUSES = ['IN_FORCE', 'COMPLETED', 'SUPERSEDED'] as const;
export type DirectiveStatus = (typeof DIRECTIVE_STATUSES)[number];

/**
 * ONGOING: a standing duty with no end date. DUE_BY: done by its deadline (tracked against a
 * target when linked). REPORT_BY: a report filed by its deadline. Their rules: TASK_KIND_RULES.
 */
export const TASK_KINDS = ['ONGOING', 'DUE_BY', 'REPORT_BY'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** A task is given to a unit's People's Committee (UBND) or to an agency (Công an tỉnh, …). */
export const BODY_KINDS = ['PEOPLES_COMMITTEE', 'AGENCY'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** A directive report lists districts, or communes on demand. */
export const REPORT_LEVELS = ['DISTRICT', 'COMMUNE'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

/**
 * The People's Committee of a unit, as letters write it: "Tỉnh Bến Tre" → "UBND tỉnh Bến Tre",
 * "Thị trấn Ba Tri" → "UBND thị trấn Ba Tri".
 */
export function peoplesCommitteeName(unitName: string): string {
  return `UBND ${unitName.charAt(0).toLocaleLowerCase('vi')}${unitName.slice(1)}`;
}
