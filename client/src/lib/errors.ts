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
