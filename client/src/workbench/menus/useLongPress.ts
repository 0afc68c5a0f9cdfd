import { useEffect } from 'react';

/** How long a finger rests on an item before its context menu opens (Android's is about 500 ms). */
export const LONG_PRESS_MS = 500;
const SLOP_PX = 10;

/**
 * A long press of a finger opens the context menu of what it rests on, as a right click does:
 * it sends that element a `contextmenu` event at the finger, so every context menu of the
 * console (explorer rows, tabs…) works by touch with no code of its own. The click that ends the
 * press is swallowed, so the item is not also opened. A browser's own long-press menu event in
 * the same press is ignored, so the menu opens once.
 */
export function useLongPress(root: Window = window): void {
  useEffect(() => {
    let timer: number | undefined;
    let start: { x: number; y: number; target: EventTarget } | null = null;
    let fired = false;

    const cancel = () => {
      window.clearTimeout(timer);
      timer = undefined;
      start = null;
    };
    const onDown = (event: PointerEvent) => {
      if (event.pointerType !== 'touch' || !event.isPrimary || !event.target) return;
      cancel();
      fired = false;
      start = { x: event.clientX, y: event.clientY, target: event.target };
      timer = window.setTimeout(() => {
        if (!start) return;
        fired = true;
        const { x, y, target } = start;
        start = null;
        target.dispatchEvent(
          new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 2 }),
        );
      }, LONG_PRESS_MS);
    };
    const onMove = (event: PointerEvent) => {
      if (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > SLOP_PX) cancel();
    };
    const onNativeMenu = (event: MouseEvent) => {
      // The browser's own long-press event: ours has fired or will; only one menu opens.
      if (!event.isTrusted) return;
      if (fired || start) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    const onClick = (event: MouseEvent) => {
      if (!fired) return;
      fired = false;
      event.preventDefault();
      event.stopPropagation();
    };
    const onUp = () => {
      cancel();
      // A press that opened a menu ends without a click in some browsers: forget it soon after.
      if (fired) window.setTimeout(() => (fired = false), 400);
    };

    root.addEventListener('pointerdown', onDown, true);
    root.addEventListener('pointermove', onMove, true);
    root.addEventListener('pointerup', onUp, true);
    root.addEventListener('pointercancel', cancel, true);
    root.addEventListener('contextmenu', onNativeMenu, true);
    root.addEventListener('click', onClick, true);
    return () => {
      cancel();
      root.removeEventListener('pointerdown', onDown, true);
      root.removeEventListener('pointermove', onMove, true);
      root.removeEventListener('pointerup', onUp, true);
      root.removeEventListener('pointercancel', cancel, true);
      root.removeEventListener('contextmenu', onNativeMenu, true);
      root.removeEventListener('click', onClick, true);
    };
  }, [root]);
}
