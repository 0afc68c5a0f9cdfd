import { useEffect } from 'react';
import { useWorkbench } from '../WorkbenchContext';

/**
 * When the workbench appears (after signing in, or on a reload) the focus would be left on the
 * page: put it in the editor area's default (the welcome page's main action, or an open editor),
 * else the side bar. An editor that takes the focus itself (the report sheet) keeps it.
 */
export function useInitialFocus(): void {
  const wb = useWorkbench();
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body && active.closest('[data-part]')) return;
      if (!wb.focusPart('editor')) wb.focusPart('sidebar');
    });
    return () => cancelAnimationFrame(frame);
  }, [wb]);
}
