import { useEffect, useRef } from 'react';
import type { EditorProps } from '../../../workbench/views/contributions';

/**
 * A form tab's dirty marker (●) and Ctrl+S: marks the tab while the draft differs from what was
 * loaded, and saves with the latest draft.
 */
export function useFormTab(
  { setDirty, registerSave }: Pick<EditorProps, 'setDirty' | 'registerSave'>,
  dirty: boolean,
  save: () => Promise<void>,
): void {
  const latest = useRef(save);
  latest.current = save;
  const mark = useRef(setDirty);
  mark.current = setDirty;
  const register = useRef(registerSave);
  useEffect(() => mark.current(dirty), [dirty]);
  useEffect(() => register.current(() => latest.current()), []);
}
