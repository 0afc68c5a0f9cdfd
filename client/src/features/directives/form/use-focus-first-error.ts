import { useEffect, type RefObject } from 'react';

/**
 * After a refused save, moves focus to the first field the server marked (or to the summary), so
 * the message is in view whatever was scrolled.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, errors: unknown, badDate: boolean): void {
  useEffect(() => {
    if (!errors && !badDate) return;
    const target =
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.current?.querySelector<HTMLElement>('.dir-field-messages');
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    if (target.matches('input, select, textarea')) target.focus();
  }, [form, errors, badDate]);
}
