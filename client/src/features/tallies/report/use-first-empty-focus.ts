import { useEffect, useRef, type RefObject } from 'react';

/** Puts the cursor in a sheet's first empty count (else its first count). */
export function focusFirstEmpty(sheet: ParentNode): boolean {
  const cells = [...sheet.querySelectorAll<HTMLInputElement>('input.count-input')];
  const target = cells.find((cell) => cell.value === '') ?? cells[0];
  target?.focus();
  return target !== undefined;
}

/**
 * When the sheet is ready, the cursor goes to its first empty count: the official opens the
 * sheet to type, wherever it was opened from (a button, the palette, a menu). Once per mount, so
 * saving or reloading does not move the cursor (openReport focuses a sheet already open).
 */
export function useFirstEmptyFocus(sheet: RefObject<HTMLElement | null>, ready: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current || !sheet.current) return;
    done.current = true;
    focusFirstEmpty(sheet.current);
  }, [ready, sheet]);
}
