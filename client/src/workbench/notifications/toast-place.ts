/** Where toasts sit by default: this far above the window's bottom (the status bar and a gap). */
export const TOAST_BOTTOM = 32;
const TOAST_RIGHT = 12;
const TOAST_WIDTH = 450;
/** How tall a zone above the default place toasts may cover (two or three of them). */
const TOAST_ZONE = 180;
const GAP = 8;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The bottom offset for the toast stack: the default, or higher, just above any bar a view marks
 * `data-toast-avoid` (a save bar) that lies in the toasts' corner, so a toast never hides the
 * buttons the user is about to press again.
 */
export function toastBottom(avoid: readonly Box[], viewport: { width: number; height: number }): number {
  const width = Math.min(TOAST_WIDTH, viewport.width * 0.9);
  const left = viewport.width - TOAST_RIGHT - width;
  const zoneTop = viewport.height - TOAST_BOTTOM - TOAST_ZONE;
  let bottom = TOAST_BOTTOM;
  for (const box of avoid) {
    const visible = box.right > box.left && box.bottom > box.top;
    const inCorner =
      box.right > left &&
      box.left < viewport.width - TOAST_RIGHT &&
      box.bottom > zoneTop &&
      box.top < viewport.height - TOAST_BOTTOM;
    if (visible && inCorner) bottom = Math.max(bottom, viewport.height - box.top + GAP);
  }
  return bottom;
}
