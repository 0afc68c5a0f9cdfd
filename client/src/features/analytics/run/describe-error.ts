import type { Language } from '../../../workbench/state/localized';
import type { ResponseError } from './run-query';

/** The limits the server enforces (server/src/app/limits), as its errors name them. */
export const LIMIT_NAMES = [
  'DEPTH',
  'INTROSPECTION_DEPTH',
  'ALIASES',
  'DIRECTIVES',
  'TOKENS',
  'COST',
  'ONCE_PER_REQUEST',
] as const;
export type LimitName = (typeof LIMIT_NAMES)[number];

export type ErrorKind = 'limit' | 'forbidden' | 'syntax' | 'validation' | 'auth' | 'input' | 'other';

/** An error as the results pane shows it: what kind, the sentence in the user's language, where. */
export interface ShownError {
  kind: ErrorKind;
  code: string | null;
  limit: LimitName | null;
  /** "14 / 10" figures of a limit, when the server gave them. */
  actual: number | null;
  max: number | null;
  message: string;
  /** Line:column of the text, or the path of the field that failed. */
  where: string | null;
}

const KIND_OF_CODE: Readonly<Record<string, ErrorKind>> = {
  FORBIDDEN: 'forbidden',
  GRAPHQL_PARSE_FAILED: 'syntax',
  GRAPHQL_VALIDATION_FAILED: 'validation',
  UNAUTHENTICATED: 'auth',
  BAD_USER_INPUT: 'input',
  NOT_FOUND: 'input',
};

function kindOf(code: string | null, limit: LimitName | null): ErrorKind {
  if (limit) return 'limit';
  return (code && KIND_OF_CODE[code]) || 'other';
}

/**
 * Our server's messages travel in both languages (extensions.messageVi / messageEn, and
 * "vi / en" in message); graphql-js's own validation messages are English only and shown as they are.
 */
export function describeError(error: ResponseError, language: Language): ShownError {
  const ext = error.extensions ?? {};
  const code = typeof ext.code === 'string' ? ext.code : null;
  const limit = LIMIT_NAMES.find((name) => name === ext.limit) ?? null;
  const own = language === 'vi' ? ext.messageVi : ext.messageEn;
  const message = typeof own === 'string' && own !== '' ? own : error.message;
  const location = error.locations?.[0];
  const where = location ? `${location.line}:${location.column}` : error.path?.length ? error.path.join('.') : null;
  return {
    kind: kindOf(code, limit),
    code,
    limit,
    actual: typeof ext.actual === 'number' ? ext.actual : null,
    max: typeof ext.max === 'number' ? ext.max : null,
    message,
    where,
  };
}
