import { errorCode, fieldProblems, localizedErrorMessage } from '../../../lib/errors';
import type { Language } from '../../../workbench/state/localized';

/** One problem the server found with an input, in the user's language. */
export interface InputProblem {
  /** The input field ("deadline", "assignees", "issuedDate"…), or null for the whole request. */
  field: string | null;
  /** The unit or agency code the problem is about (an assignee), if any. */
  unit: string | null;
  message: string;
}

export interface ServerErrors {
  code: string | null;
  /** The request's message ("Dữ liệu chưa hợp lệ; không có gì được lưu."). */
  message: string;
  /** Per-field problems from extensions.fields; empty when the server gave none. */
  problems: InputProblem[];
}

/**
 * Reads a failed request the way the server explains it: its code, its message in the user's
 * language and the per-field problems of extensions.fields, for the form to place by field.
 */
export function readServerErrors(error: unknown, language: Language): ServerErrors {
  const problems = fieldProblems(error).map((p) => ({
    field: p.field || null,
    unit: p.unit ?? null,
    message: language === 'en' ? p.messageEn : p.messageVi,
  }));
  return { code: errorCode(error) ?? null, message: localizedErrorMessage(error, language), problems };
}

/** The messages for one field (and, for assignees, one code). */
export function problemsFor(errors: ServerErrors | null, field: string, unit?: string): string[] {
  if (!errors) return [];
  return errors.problems
    .filter((p) => p.field === field && (unit === undefined || p.unit === unit))
    .map((p) => p.message);
}

/** The problems no field of the form shows: they go in the summary at the top. */
export function otherProblems(errors: ServerErrors | null, shownFields: readonly string[]): InputProblem[] {
  if (!errors) return [];
  return errors.problems.filter((p) => p.field === null || !shownFields.includes(p.field));
}
