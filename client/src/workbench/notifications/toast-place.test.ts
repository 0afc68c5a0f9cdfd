import { describe, expect, it } from 'vitest';
import { TOAST_BOTTOM, toastBottom } from './toast-place';

const viewport = { width: 1440, height: 900 };

describe('toastBottom', () => {
  it('keeps the default place when nothing is to be avoided in the corner', () => {
    expect(toastBottom([], viewport)).toBe(TOAST_BOTTOM);
    // A save bar far up the window, or left of the toasts, is not in their way.
    expect(toastBottom([{ left: 400, right: 1300, top: 300, bottom: 360 }], viewport)).toBe(TOAST_BOTTOM);
    expect(toastBottom([{ left: 0, right: 500, top: 820, bottom: 878 }], viewport)).toBe(TOAST_BOTTOM);
  });

  it('lifts the toasts just above a save bar in their corner', () => {
    expect(toastBottom([{ left: 380, right: 1380, top: 820, bottom: 878 }], viewport)).toBe(900 - 820 + 8);
  });

  it('ignores bars that are not shown', () => {
    expect(toastBottom([{ left: 0, right: 0, top: 0, bottom: 0 }], viewport)).toBe(TOAST_BOTTOM);
  });
});
