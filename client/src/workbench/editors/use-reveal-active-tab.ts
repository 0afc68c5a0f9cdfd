import { useEffect } from 'react';

/**
 * Keeps the active tab in sight in its strip (which scrolls sideways when the tabs outgrow it, as
 * on a phone): opening or switching to a tab scrolls the strip only, never the window.
 */
export function useRevealActiveTab(tabElementId: string | null): void {
  useEffect(() => {
    if (!tabElementId) return;
    const frame = requestAnimationFrame(() => {
      const tab = document.getElementById(tabElementId);
      const strip = tab?.parentElement;
      if (!tab || !strip) return;
      const t = tab.getBoundingClientRect();
      const s = strip.getBoundingClientRect();
      if (t.left < s.left) strip.scrollLeft -= s.left - t.left;
      else if (t.right > s.right) strip.scrollLeft += Math.min(t.right - s.right, t.left - s.left);
    });
    return () => cancelAnimationFrame(frame);
  }, [tabElementId]);
}
