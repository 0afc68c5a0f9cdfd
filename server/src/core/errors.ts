import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  // The database cannot take the write (db/storage.ts's StorageError, answered in app/storage-errors.ts): nothing was saved.
  | 'STORAGE_FULL'
  | 'STORAGE_READ_ONLY'
  | 'STORAGE_UNAVAILABLE'
  // Too many saves touched the same rows at once (PostgreSQL, several instances): nothing was saved.
  | 'SERVER_BUSY';

/** A problem with one cell of an input (one unit's one field), in both languages. */
export interface FieldProblem {
  unit: string | null;
  field: string;
  messageVi: string;
  messageEn: string;
}

/**
 * An error an official can act on: a code, and the message in Vietnamese then English
 * ("Không tìm thấy đơn vị 999. / Unit 999 not found."). Both halves also travel separately in
 * extensions, so the console shows the user's language.
 */
export function appError(code: ErrorCode, vi: string, en: string, fields?: FieldProblem[]): GraphQLError {
  return new GraphQLError(`${vi} / ${en}`, {
    extensions: { code, messageVi: vi, messageEn: en, ...(fields ? { fields } : {}) },
  });
}

/** The most of an argument a message repeats: a 200 kB code must not come back four times (vi, en, messageVi, messageEn). */
export const ECHO_MAX = 60;

/** An argument as a message quotes it: in double quotes, cut to ECHO_MAX characters with "…". */
export function echo(value: string): string {
  const chars = Array.from(value);
  return `"${chars.length > ECHO_MAX ? `${chars.slice(0, ECHO_MAX).join('')}…` : value}"`;
}

export const errors = {
  unauthenticated: () => appError('UNAUTHENTICATED', 'Bạn cần đăng nhập.', 'You need to log in.'),
  forbidden: (whatVi: string, whatEn: string) =>
    appError('FORBIDDEN', `Bạn không có quyền ${whatVi}.`, `You are not allowed to ${whatEn}.`),
  unitNotFound: (code: string) =>
    appError('NOT_FOUND', `Không tìm thấy đơn vị có mã ${echo(code)}.`, `No unit has the code ${echo(code)}.`),
  campaignNotFound: (code: string) =>
    appError('NOT_FOUND', `Không tìm thấy chiến dịch ${echo(code)}.`, `No campaign has the code ${echo(code)}.`),
  badDate: (argument: string, value: string) =>
    appError(
      'BAD_USER_INPUT',
      `"${argument}" phải là ngày dạng YYYY-MM-DD, nhận được ${echo(value)}.`,
      `"${argument}" must be a date YYYY-MM-DD, got ${echo(value)}.`,
    ),
};

export function isAppError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && typeof error.extensions?.code === 'string';
}
