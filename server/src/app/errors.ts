import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR'
  // The database cannot take the write (server/src/db/storage.ts): nothing was saved.
  | 'STORAGE_FULL' | 'STORAGE_READ_ONLY' | 'STORAGE_UNAVAILABLE'
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

export const errors = {
  unauthenticated: () => appError('UNAUTHENTICATED', 'Bạn cần đăng nhập.', 'You need to log in.'),
  forbidden: (whatVi: string, whatEn: string) =>
    appError('FORBIDDEN', `Bạn không có quyền ${whatVi}.`, `You are not allowed to ${whatEn}.`),
  unitNotFound: (code: string) => appError('NOT_FOUND', `Không tìm thấy đơn vị có mã "${code}".`, `No unit has the code "${code}".`),
  campaignNotFound: (code: string) =>
    appError('NOT_FOUND', `Không tìm thấy chiến dịch "${code}".`, `No campaign has the code "${code}".`),
  badDate: (argument: string, value: string) =>
    appError('BAD_USER_INPUT', `"${argument}" phải là ngày dạng YYYY-MM-DD, nhận được "${value}".`, `"${argument}" must be a date YYYY-MM-DD, got "${value}".`),
};

export function isAppError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && typeof error.extensions?.code === 'string';
}
