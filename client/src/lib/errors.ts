import { CombinedGraphQLErrors } from '@apollo/client';

/** The GraphQL error code of an Apollo error ("FORBIDDEN", "UNAUTHENTICATED"), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** The first message of an error, for a notification. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

/** A problem with one cell of an input, as the server sends it in `extensions.fields`. */
export interface FieldProblem {
  unit: string | null;
  field: string;
  messageVi: string;
  messageEn: string;
}

function firstExtensions(error: unknown): Record<string, unknown> | undefined {
  return CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions : undefined;
}

/**
 * A request that never reached the server or never came back (no network, the server down): the
 * browser rejects the fetch with a TypeError in its own English ("Failed to fetch", "Load failed").
 */
export function isNetworkFailure(error: unknown): boolean {
  return !CombinedGraphQLErrors.is(error) && error instanceof TypeError;
}

const NETWORK_FAILURE = {
  vi: 'Không kết nối được máy chủ (mất mạng?): yêu cầu chưa tới nơi. Thử lại khi có mạng.',
  en: 'Cannot reach the server (no network?): the request did not get through. Try again once back online.',
};

/** The message of an error in the user's language (the server sends both halves in extensions). */
export function localizedErrorMessage(error: unknown, language: 'vi' | 'en'): string {
  if (isNetworkFailure(error)) return NETWORK_FAILURE[language];
  const extensions = firstExtensions(error);
  const text = extensions?.[language === 'en' ? 'messageEn' : 'messageVi'];
  return typeof text === 'string' ? text : errorMessage(error);
}

/** The per-cell problems of a BAD_USER_INPUT error (`extensions.fields`); empty when it has none. */
export function fieldProblems(error: unknown): FieldProblem[] {
  const fields = firstExtensions(error)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is FieldProblem =>
      typeof f === 'object' &&
      f !== null &&
      typeof (f as FieldProblem).field === 'string' &&
      typeof (f as FieldProblem).messageVi === 'string',
  );
}

/** A value from the first error's extensions (e.g. CONFLICT's `changes`), unchecked. */
export function errorExtension(error: unknown, key: string): unknown {
  return firstExtensions(error)?.[key];
}
