import { CombinedGraphQLErrors } from '@apollo/client';
import { currentLanguage } from '../../i18n/i18n';

/** An Apollo error's first message in the user's language (our server sends both). */
export function errorText(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const own = currentLanguage() === 'vi' ? first?.extensions?.messageVi : first?.extensions?.messageEn;
    return typeof own === 'string' ? own : (first?.message ?? error.message);
  }
  return error instanceof Error ? error.message : String(error);
}
